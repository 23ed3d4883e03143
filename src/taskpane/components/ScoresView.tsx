/**
 * 评分: total, grade and completeness; indicators grouped by 一级 / 二级 with value, score of
 * weight, highlighted deductions and the generated commentary; every problem in plain words.
 */
import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { D, type Evaluation, type IndicatorResult } from '../../engine';
import type { Translate } from '../i18n';
import { percent, plain, points } from './format';
import { useTableStyles } from './styles';

const useStyles = makeStyles({
  summary: {
    display: 'flex',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'baseline',
    margin: `${tokens.spacingVerticalS} 0`,
  },
  big: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
  level1: {
    fontSize: tokens.fontSizeBase400,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  level2: {
    fontSize: tokens.fontSizeBase300,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
  },
});

interface Group<T> {
  key: string;
  items: T[];
}

/** Consecutive indicators sharing a key, in table order (the rule set lists them grouped). */
function groupBy<T>(items: T[], key: (item: T) => string): Group<T>[] {
  const groups: Group<T>[] = [];
  for (const item of items) {
    const k = key(item);
    const last = groups[groups.length - 1];
    if (last && last.key === k) last.items.push(item);
    else groups.push({ key: k, items: [item] });
  }
  return groups;
}

function IndicatorRow({ ind, t }: { ind: IndicatorResult; t: Translate }) {
  const styles = useTableStyles();
  const deducted = ind.deduction !== null && ind.deduction.gt(0);
  return (
    <tr className={deducted ? styles.highlight : undefined} data-indicator={ind.id}>
      <td className={`${styles.td} ${styles.wrap}`}>
        {ind.name}
        <div className={styles.small}>{ind.commentary}</div>
        {ind.messages.length > 0 && (
          <ul className={`${styles.messages} ${styles.problem}`}>
            {ind.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </td>
      <td className={`${styles.td} ${styles.num}`}>
        {ind.status === 'manual' ? t('manual') : percent(ind.value)}
      </td>
      <td className={`${styles.td} ${styles.num}`}>
        {ind.score === null ? <span className={styles.problem}>{t('unscorable')}</span> : points(ind.score)} /{' '}
        {plain(ind.weight)}
      </td>
      <td className={`${styles.td} ${styles.num} ${deducted ? styles.problem : ''}`}>
        {deducted ? points(ind.deduction) : ''}
      </td>
    </tr>
  );
}

export function ScoresView({
  evaluation,
  written,
  t,
}: {
  evaluation: Evaluation | null;
  written: boolean;
  t: Translate;
}) {
  const styles = useStyles();
  const table = useTableStyles();
  if (!evaluation) return <p>{t('scoresNotYet')}</p>;
  return (
    <div>
      {!written && <p className={table.small}>{t('previewNote')}</p>}
      <div className={styles.summary}>
        <div>
          <div className={table.small}>{t('total')}</div>
          <div className={styles.big} data-testid="total">
            {points(evaluation.total)}
          </div>
        </div>
        <div>
          <div className={table.small}>{t('grade')}</div>
          <div className={styles.big} data-testid="grade">
            {evaluation.grade ?? t('gradeNone')}
          </div>
        </div>
      </div>
      <MessageBar intent={evaluation.complete ? 'success' : 'warning'}>
        <MessageBarBody>{evaluation.complete ? t('complete') : t('incomplete')}</MessageBarBody>
      </MessageBar>
      <p className={table.small}>{t('ruleSet', { name: evaluation.ruleSet.name })}</p>
      {groupBy(evaluation.indicators, (i) => i.level1).map((l1) => (
        <section key={l1.key} aria-label={l1.key}>
          <h2 className={styles.level1}>
            {t('level1Total', {
              name: l1.key,
              weight: plain(l1.items.reduce((acc, i) => acc.plus(i.weight), new D(0))),
            })}
          </h2>
          {groupBy(l1.items, (i) => i.level2).map((l2) => (
            <div key={l2.key}>
              <h3 className={styles.level2}>{l2.key}</h3>
              <table className={`${table.table} ${table.fixed}`} aria-label={`${l1.key} / ${l2.key}`}>
                <colgroup>
                  <col style={{ width: '48%' }} />
                  <col style={{ width: '18%' }} />
                  <col style={{ width: '20%' }} />
                  <col style={{ width: '14%' }} />
                </colgroup>
                <thead>
                  <tr>
                    <th className={table.th}>{t('colIndicator')}</th>
                    <th className={table.th}>{t('colIndValue')}</th>
                    <th className={table.th}>{t('colScore')}</th>
                    <th className={table.th}>{t('colDeduction')}</th>
                  </tr>
                </thead>
                <tbody>
                  {l2.items.map((ind) => (
                    <IndicatorRow key={ind.id} ind={ind} t={t} />
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
