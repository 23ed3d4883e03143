/**
 * The inputs' status: a dry run of the one flow (read and evaluate, write nothing), in the pane's
 * language. Its evaluation feeds the data view and, until a sheet is written, the score view.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Evaluation, Lang } from '../../engine';
import { runEvaluationFlow } from '../../workbook/flow';
import type { PaneHost } from '../host';
import { errorText } from './errorText';

export interface WorkbookState {
  status: 'loading' | 'ready' | 'error';
  evaluation: Evaluation | null;
  error: string | null;
  refresh: () => Promise<void>;
}

export function useWorkbook(host: PaneHost, lang: Lang): WorkbookState {
  const [state, setState] = useState<Omit<WorkbookState, 'refresh'>>({
    status: 'loading',
    evaluation: null,
    error: null,
  });
  // Only the latest request may update the state: an older read finishing late must not win.
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const request = ++latest.current;
    setState((s) => ({ ...s, status: s.evaluation ? s.status : 'loading' }));
    try {
      const result = await runEvaluationFlow(host.port, { lang, dryRun: true });
      if (request === latest.current)
        setState({ status: 'ready', evaluation: result.evaluation, error: null });
    } catch (error) {
      if (request === latest.current) setState((s) => ({ ...s, status: 'error', error: errorText(error) }));
    }
  }, [host, lang]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { ...state, refresh };
}
