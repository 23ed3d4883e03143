/** The readable summary the command line prints: total, grade, each deduction, each failed check. */
import { fmt2, type Decimal, type Evaluation } from '../engine';
import type { ChangeReport } from '../workbook/changes';
import type { CliText } from './messages';

const opt = (x: Decimal | null): string => (x === null ? '—' : fmt2(x));

export function formatSummary(e: Evaluation, t: CliText, changes: ChangeReport | null): string {
  const zh = e.lang === 'zh';
  const lines: string[] = [];
  const unscored = e.indicators.filter((i) => i.status === 'error');
  lines.push(t.heading(e.department, e.year));
  lines.push(t.ruleSet(e.ruleSet.name, e.ruleSet.id, e.ruleSet.digest));
  lines.push(t.total(fmt2(e.total), e.grade, e.complete, unscored.length));
  lines.push('');

  const deducted = e.indicators.filter((i) => i.deduction !== null && !i.deduction.isZero());
  if (deducted.length === 0) lines.push(t.noDeductions);
  else {
    lines.push(t.deductionsHeading);
    for (const i of deducted) {
      const head = zh
        ? `  - ${i.name}：扣${fmt2(i.deduction as Decimal)}分（得${fmt2(i.score as Decimal)}/${i.weight.toFixed()}）`
        : `  - ${i.name}: −${fmt2(i.deduction as Decimal)} (${fmt2(i.score as Decimal)} of ${i.weight.toFixed()})`;
      lines.push(head, `      ${i.commentary}`);
    }
  }
  if (unscored.length) {
    lines.push('', t.unscoredHeading);
    for (const i of unscored) lines.push(`  - ${i.commentary}`);
  }

  lines.push('');
  const failed = e.checks.filter((c) => c.ok === false);
  if (failed.length === 0) lines.push(t.noFailedChecks);
  else {
    lines.push(t.failedChecksHeading);
    for (const c of failed)
      lines.push(zh ? `  ✗ ${c.title}（${c.id}）：${c.message}` : `  ✗ ${c.title} (${c.id}): ${c.message}`);
  }
  const unchecked = e.checks.filter((c) => c.ok === null);
  if (unchecked.length) {
    lines.push(t.uncheckableHeading);
    for (const c of unchecked) lines.push(`  ? ${c.title}${zh ? '：' : ': '}${c.message}`);
  }

  if (changes) {
    lines.push('');
    if (changes.indicators.length === 0 && changes.oldTotal?.eq(changes.newTotal)) lines.push(t.noChanges);
    else {
      lines.push(t.changesHeading);
      for (const c of changes.indicators) {
        lines.push(
          zh
            ? `  - ${c.name}：指标值 ${opt(c.oldValue)}% → ${opt(c.newValue)}%，得分 ${opt(c.oldScore)} → ${opt(c.newScore)}`
            : `  - ${c.name}: value ${opt(c.oldValue)}% → ${opt(c.newValue)}%, score ${opt(c.oldScore)} → ${opt(c.newScore)}`,
        );
      }
      lines.push(
        zh
          ? `  总分 ${opt(changes.oldTotal)} → ${fmt2(changes.newTotal)}`
          : `  Total ${opt(changes.oldTotal)} → ${fmt2(changes.newTotal)}`,
      );
    }
  }
  return lines.join('\n');
}
