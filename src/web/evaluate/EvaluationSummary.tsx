/**
 * What the command line prints, as a page section: total and grade, each deduction with its
 * reason, indicators that could not be scored, failed and uncheckable checks, and the inputs'
 * problems (which the command line shows inside the indicators' messages).
 */
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { Evaluation } from '../../engine';
import { points, plain } from '../../taskpane/components/format';
import { useTableStyles } from '../../taskpane/components/styles';
import type { Translate } from '../../taskpane/i18n';
import type { PageText } from './pageText';

const useStyles = makeStyles({
  figures: { display: 'flex', gap: tokens.spacingHorizontalXXL, alignItems: 'baseline' },
  big: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
  heading: {
    fontSize: tokens.fontSizeBase400,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXS },
});

export function EvaluationSummary({
  evaluation,
  t,
  p,
}: {
  evaluation: Evaluation;
  t: Translate;
  p: PageText;
}) {
  const styles = useStyles();
  const table = useTableStyles();
  const deducted = evaluation.indicators.filter((i) => i.deduction !== null && !i.deduction.isZero());
  const unscored = evaluation.indicators.filter((i) => i.status === 'error');
  const failed = evaluation.checks.filter((c) => c.ok === false);
  const unchecked = evaluation.checks.filter((c) => c.ok === null);
  const inputProblems = evaluation.inputs.filter((i) => !i.ok || i.messages.length > 0);
  return (
    <section aria-label={p.summaryHeading}>
      <div className={styles.figures}>
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
      <p className={table.small}>
        {t('ruleSet', { name: `${evaluation.ruleSet.name}${p.paren(evaluation.ruleSet.id)}` })}
      </p>

      <h2 className={styles.heading}>{deducted.length > 0 ? p.deductions : p.noDeductions}</h2>
      {deducted.length > 0 && (
        <ul className={styles.list} data-testid="deductions">
          {deducted.map((i) => (
            <li key={i.id} className={styles.item} data-indicator={i.id}>
              <strong>{i.name}</strong>{' '}
              <span className={table.problem}>
                {p.deductionLine(points(i.deduction), points(i.score), plain(i.weight))}
              </span>
              <div className={table.small}>{i.commentary}</div>
            </li>
          ))}
        </ul>
      )}

      {unscored.length > 0 && (
        <>
          <h2 className={styles.heading}>{p.unscored}</h2>
          <ul className={styles.list} data-testid="unscored">
            {unscored.map((i) => (
              <li key={i.id} className={`${styles.item} ${table.problem}`}>
                {i.commentary}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 className={styles.heading}>{failed.length > 0 ? p.failedChecks : p.noFailedChecks}</h2>
      {failed.length > 0 && (
        <ul className={styles.list} data-testid="failed-checks">
          {failed.map((c) => (
            <li key={c.id} className={styles.item} data-check={c.id}>
              <strong>{c.title}</strong>
              {p.paren(c.id)}
              {p.colon}
              {c.message}
            </li>
          ))}
        </ul>
      )}
      {unchecked.length > 0 && (
        <>
          <h2 className={styles.heading}>{p.uncheckable}</h2>
          <ul className={styles.list}>
            {unchecked.map((c) => (
              <li key={c.id} className={`${styles.item} ${table.warning}`}>
                {c.title}
                {p.colon}
                {c.message}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 className={styles.heading}>{inputProblems.length > 0 ? p.inputProblems : p.noInputProblems}</h2>
      {inputProblems.length > 0 && (
        <ul className={styles.list} data-testid="input-problems">
          {inputProblems.map((i) => (
            <li key={i.name} className={`${styles.item} ${i.ok ? table.warning : table.problem}`}>
              {i.label}
              {p.paren(i.address ? `${i.name}${p.comma}${i.address}` : i.name)}
              {p.colon}
              {i.messages.join(p.semicolon)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
