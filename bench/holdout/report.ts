/**
 * The full report of a held-out measurement, as every set's `npm run bench:holdout*` prints it:
 * the figures, by family and by input, the failure patterns, and every wrong proposal and miss.
 */
import { failurePatterns, formatFailure, formatFamily, type HoldoutScore } from './score';

export function printHoldoutReport(s: HoldoutScore): void {
  console.log(formatFamily('all', s.total));
  console.log('\nby family:');
  for (const [name, f] of [...s.byFamily.entries()].sort()) console.log(`  ${formatFamily(name, f)}`);
  console.log('\nby input:');
  for (const [name, f] of [...s.byInput.entries()].sort())
    console.log(`  ${formatFamily(name.replace(/^PE_/, ''), f)}`);
  console.log(`\nproposals for inputs the set does not measure (部门名称, 年度): ${s.unscored}`);
  console.log(`proposals outside the workbook or not on a number: ${s.outside.length}`);
  for (const o of s.outside) console.log(`  ${o}`);
  console.log('\nfailure patterns (count, kind, input [family], reason; the labels involved):');
  for (const p of failurePatterns(s.failures)) {
    console.log(`  ${String(p.count).padStart(4)}  ${p.pattern}`);
    console.log(`        labels: ${p.labels.map(([l, n]) => `${l} (${n})`).join('; ')}`);
    console.log(`        e.g. ${formatFailure(p.example)}`);
  }
  console.log('\nevery failure:');
  for (const f of s.failures) console.log(`  ${formatFailure(f)}`);
}
