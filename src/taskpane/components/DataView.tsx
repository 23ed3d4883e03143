/**
 * 数据: every input of the indicator system with its named range, cell (a link that selects
 * it), current value and status; each row can point its name at the selected cell.
 */
import { Button, Link, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { InputSnapshot } from '../../engine';
import { OfficeActionError } from '../../workbook/office/actionErrors';
import type { PaneHost } from '../host';
import { errorText } from '../hooks/errorText';
import type { WorkbookState } from '../hooks/useWorkbook';
import type { MessageKey, Translate } from '../i18n';
import { LazyAutoBind } from './LazyAutoBind';
import { DASH } from './format';
import { useTableStyles } from './styles';

export type InputStatus = 'ok' | 'warning' | 'missing' | 'problem';

export function inputStatus(i: InputSnapshot): InputStatus {
  if (i.ok) return i.messages.length > 0 ? 'warning' : 'ok';
  return i.address === null ? 'missing' : 'problem';
}

const STATUS_TEXT: Record<InputStatus, MessageKey> = {
  ok: 'statusOk',
  warning: 'statusWarning',
  missing: 'statusMissing',
  problem: 'statusProblem',
};

type Notice = { intent: 'success' | 'error'; text: string } | null;

export function DataView({
  workbook,
  host,
  t,
  onBound,
}: {
  workbook: WorkbookState;
  host: PaneHost;
  t: Translate;
  onBound: () => void;
}) {
  const styles = useTableStyles();
  const [notice, setNotice] = useState<Notice>(null);
  const [binding, setBinding] = useState<string | null>(null);

  const bind = async (name: string) => {
    setBinding(name);
    try {
      const address = await host.bindNameToSelection(name);
      setNotice({ intent: 'success', text: t('bound', { name, address }) });
      await workbook.refresh();
      onBound();
    } catch (e) {
      const text =
        e instanceof OfficeActionError && e.reason === 'invalidSelection'
          ? t('bindInvalidSelection', { name })
          : t('bindFailed', { name, message: errorText(e) });
      setNotice({ intent: 'error', text });
    } finally {
      setBinding(null);
    }
  };

  const select = async (address: string) => {
    try {
      await host.selectAddress(address);
    } catch (e) {
      const sheet = e instanceof OfficeActionError ? (e.sheetName ?? '') : '';
      const text =
        e instanceof OfficeActionError && e.reason === 'hiddenSheet'
          ? t('selectHiddenSheet', { address, sheet })
          : e instanceof OfficeActionError && e.reason === 'noSheet'
            ? t('selectNoSheet', { address, sheet })
            : t('selectFailed', { address, message: errorText(e) });
      setNotice({ intent: 'error', text });
    }
  };

  if (workbook.status === 'error') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t('loadFailed', { message: workbook.error ?? '' })}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!workbook.evaluation) return <Spinner size="tiny" label={t('loading')} />;

  const inputs = workbook.evaluation.inputs;
  const problems = inputs.filter((i) => !i.ok).length;
  return (
    <div>
      <p>
        {t('dataIntro')} {t('inputsSummary', { count: inputs.length, problems })}{' '}
        <Button size="small" appearance="subtle" onClick={() => void workbook.refresh()}>
          {t('refresh')}
        </Button>
      </p>
      {host.binding && (
        <LazyAutoBind
          host={host}
          binding={host.binding}
          t={t}
          onWritten={async () => {
            await workbook.refresh();
            onBound();
          }}
        />
      )}
      <div aria-live="polite">
        {notice && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <table className={`${styles.table} ${styles.fixed}`} aria-label={t('tabData')}>
        <colgroup>
          <col style={{ width: '44%' }} />
          <col style={{ width: '24%' }} />
          <col style={{ width: '32%' }} />
        </colgroup>
        <thead>
          <tr>
            <th className={styles.th}>{t('colInput')}</th>
            <th className={styles.th}>{t('colValue')}</th>
            <th className={styles.th}>{t('colStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {inputs.map((i) => {
            const status = inputStatus(i);
            const statusClass =
              status === 'ok' ? styles.ok : status === 'warning' ? styles.warning : styles.problem;
            return (
              <tr key={i.name} data-input={i.name}>
                <td className={`${styles.td} ${styles.wrap}`}>
                  {i.label}
                  <div className={styles.small}>
                    {i.name} ·{' '}
                    {i.address ? (
                      <Link
                        as="button"
                        className={styles.link}
                        onClick={() => void select(i.address as string)}
                        aria-label={t('selectCell', { address: i.address })}
                      >
                        {i.address}
                      </Link>
                    ) : (
                      t('noCell')
                    )}
                  </div>
                </td>
                <td className={`${styles.td} ${styles.wrap}`}>{i.value ?? DASH}</td>
                <td className={`${styles.td} ${styles.wrap}`}>
                  <span className={statusClass}>{t(STATUS_TEXT[status])}</span>
                  {i.messages.length > 0 && (
                    <ul className={`${styles.messages} ${statusClass}`}>
                      {i.messages.map((m) => (
                        <li key={m}>{m}</li>
                      ))}
                    </ul>
                  )}
                  <div>
                    <Button
                      size="small"
                      appearance={status === 'ok' ? 'subtle' : 'secondary'}
                      disabled={binding !== null}
                      onClick={() => void bind(i.name)}
                      aria-label={t('bindLabel', { name: i.name })}
                    >
                      {t('bind')}
                    </Button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
