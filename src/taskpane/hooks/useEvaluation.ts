/**
 * The primary action: run the one flow and write the evaluation sheet, with visible progress
 * (idle → reading → writing → done | error). A same-named sheet the add-in did not create is
 * never overwritten silently: the flow stops, the pane asks, and only a yes reruns it with
 * `overwriteForeign`.
 */
import { useCallback, useRef, useState, type MutableRefObject } from 'react';
import type { Lang } from '../../engine';
import { runEvaluationFlow, type FlowResult } from '../../workbook/flow';
import type { WorkbookPort } from '../../workbook/port';
import type { PaneHost } from '../host';
import { errorText } from './errorText';

export type EvaluationPhase =
  'idle' | 'reading' | 'writing' | 'done' | 'error' | 'confirmOverwrite' | 'notWritten';

export interface EvaluationState {
  phase: EvaluationPhase;
  /** The last run that wrote the sheet (its evaluation and `changes`). */
  result: FlowResult | null;
  error: string | null;
  /** Counts successful writes, so other parts of the pane can follow up after each one. */
  writes: number;
  busy: boolean;
  /** True from the first instant of a run to its end (a ref, so event handlers see it at once). */
  runningRef: MutableRefObject<boolean>;
  run: () => Promise<void>;
  confirmOverwrite: () => Promise<void>;
  cancelOverwrite: () => void;
}

export function useEvaluation(host: PaneHost, lang: Lang): EvaluationState {
  const [phase, setPhase] = useState<EvaluationPhase>('idle');
  const [result, setResult] = useState<FlowResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [writes, setWrites] = useState(0);
  const runningRef = useRef(false);

  const execute = useCallback(
    async (overwriteForeign: boolean) => {
      if (runningRef.current) return; // one run at a time: a double click must not write twice
      runningRef.current = true;
      setPhase('reading');
      setError(null);
      // The flow is one call; watching the port tells the pane when reading has turned into writing.
      const port: WorkbookPort = {
        read: (request) => host.port.read(request),
        write: (model, options) => {
          setPhase('writing');
          return host.port.write(model, options);
        },
      };
      try {
        const outcome = await runEvaluationFlow(port, { lang, overwriteForeign });
        if (outcome.outcome.written) {
          setResult(outcome);
          setWrites((n) => n + 1);
          setPhase('done');
        } else {
          setPhase('confirmOverwrite');
        }
      } catch (e) {
        setError(errorText(e));
        setPhase('error');
      } finally {
        runningRef.current = false;
      }
    },
    [host, lang],
  );

  const run = useCallback(() => execute(false), [execute]);
  const confirmOverwrite = useCallback(() => execute(true), [execute]);
  const cancelOverwrite = useCallback(() => setPhase('notWritten'), []);

  return {
    phase,
    result,
    error,
    writes,
    busy: phase === 'reading' || phase === 'writing',
    runningRef,
    run,
    confirmOverwrite,
    cancelOverwrite,
  };
}
