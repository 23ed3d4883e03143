/** 检查: the consistency checks with pass / fail / not checkable and their message. */
import type { CheckResult, Evaluation } from '../../engine';
import type { MessageKey, Translate } from '../i18n';
import { useTableStyles } from './styles';

const RESULT_TEXT = (ok: CheckResult['ok']): MessageKey =>
  ok === true ? 'checkPass' : ok === false ? 'checkFail' : 'checkNa';

export function ChecksView({ evaluation, t }: { evaluation: Evaluation | null; t: Translate }) {
  const styles = useTableStyles();
  if (!evaluation) return <p>{t('scoresNotYet')}</p>;
  return (
    <div>
      <p>{t('checksIntro')}</p>
      <table className={`${styles.table} ${styles.fixed}`} aria-label={t('tabChecks')}>
        <colgroup>
          <col style={{ width: '28%' }} />
          <col style={{ width: '18%' }} />
          <col style={{ width: '54%' }} />
        </colgroup>
        <thead>
          <tr>
            <th className={styles.th}>{t('colCheck')}</th>
            <th className={styles.th}>{t('colResult')}</th>
            <th className={styles.th}>{t('colMessage')}</th>
          </tr>
        </thead>
        <tbody>
          {evaluation.checks.map((c) => (
            <tr key={c.id} data-check={c.id}>
              <td className={styles.td}>{c.title}</td>
              <td
                className={`${styles.td} ${c.ok === true ? styles.ok : c.ok === false ? styles.problem : styles.warning}`}
              >
                {t(RESULT_TEXT(c.ok))}
              </td>
              <td className={`${styles.td} ${styles.wrap}`}>{c.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
