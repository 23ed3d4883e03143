/**
 * The one primary action, always visible, with its progress and a clear result: success with
 * total and grade, the error in words, or the question before overwriting a sheet not ours.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { fmt2 } from '../../engine';
import { DEFAULT_SHEET_NAME } from '../../workbook/layout';
import type { EvaluationState } from '../hooks/useEvaluation';
import type { Translate } from '../i18n';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

export function EvaluateBar({ evaluation, t }: { evaluation: EvaluationState; t: Translate }) {
  const styles = useStyles();
  const { phase, result, error, busy } = evaluation;
  const sheet = DEFAULT_SHEET_NAME;
  return (
    <section className={styles.bar} aria-label={t('evaluate')}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void evaluation.run()}>
          {t('evaluate')}
        </Button>
        {busy && <Spinner size="tiny" label={phase === 'writing' ? t('phaseWriting') : t('phaseReading')} />}
      </div>
      <div aria-live="polite">
        {phase === 'done' && result && (
          <MessageBar intent={result.evaluation.complete ? 'success' : 'warning'}>
            <MessageBarBody>
              {result.evaluation.complete
                ? t('resultWritten', {
                    sheet,
                    total: fmt2(result.evaluation.total),
                    grade: result.evaluation.grade ?? t('gradeNone'),
                  })
                : t('resultWrittenIncomplete', { sheet, total: fmt2(result.evaluation.total) })}
            </MessageBarBody>
          </MessageBar>
        )}
        {phase === 'error' && error && (
          <MessageBar intent="error">
            <MessageBarBody>{t('resultFailed', { message: error })}</MessageBarBody>
          </MessageBar>
        )}
        {phase === 'notWritten' && (
          <MessageBar intent="info">
            <MessageBarBody>{t('resultNotWritten', { sheet })}</MessageBarBody>
          </MessageBar>
        )}
        {phase === 'confirmOverwrite' && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('foreignTitle')}</MessageBarTitle>
              {t('foreignBody', { sheet })}
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" onClick={() => void evaluation.confirmOverwrite()}>
                {t('foreignOverwrite')}
              </Button>
              <Button onClick={evaluation.cancelOverwrite}>{t('foreignCancel')}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
