/**
 * 评分规则: which rule set scored the evaluation, and a button that writes the editable
 * 评分规则 template into the workbook (never over an existing sheet of that name).
 */
import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { Evaluation } from '../../engine';
import { writeRulesTemplate } from '../../workbook/flow';
import { errorText } from '../hooks/errorText';
import type { PaneHost } from '../host';
import type { Translate } from '../i18n';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'written' }
  | { kind: 'exists' }
  | { kind: 'error'; text: string };

export function RulesPanel({
  host,
  evaluation,
  onWritten,
  t,
}: {
  host: PaneHost;
  evaluation: Evaluation | null;
  onWritten: () => void;
  t: Translate;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const write = async (): Promise<void> => {
    setState({ kind: 'busy' });
    try {
      const outcome = await writeRulesTemplate(host.port);
      setState({ kind: outcome });
      if (outcome === 'written') onWritten();
    } catch (e) {
      setState({ kind: 'error', text: errorText(e) });
    }
  };
  return (
    <section aria-label={t('rulesHeading')}>
      <h2>{t('rulesHeading')}</h2>
      {evaluation && (
        <p>
          {t('rulesInForce', {
            name: evaluation.ruleSet.name,
            id: evaluation.ruleSet.id,
            digest: evaluation.ruleSet.digest,
          })}
        </p>
      )}
      <p>{t('rulesIntro')}</p>
      <Button onClick={() => void write()} disabled={state.kind === 'busy'}>
        {t('rulesWrite')}
      </Button>
      {state.kind === 'busy' && <Spinner size="tiny" />}
      {(state.kind === 'written' || state.kind === 'exists' || state.kind === 'error') && (
        <MessageBar
          intent={state.kind === 'written' ? 'success' : state.kind === 'exists' ? 'info' : 'error'}
        >
          <MessageBarBody>
            {state.kind === 'written'
              ? t('rulesWritten')
              : state.kind === 'exists'
                ? t('rulesExists')
                : state.text}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
