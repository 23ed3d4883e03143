import { shortDigest } from './digest';
import type { RuleSet } from './ruleSet';

/**
 * Digest of a rule set's content: the sheet shows it beside the rule-set id, so two sheets made
 * with rule sets of the same id but different figures can be told apart. Key order is fixed by
 * rebuilding the object, so a rule set read back from JSON or a sheet digests the same.
 */
const cache = new WeakMap<RuleSet, string>();

export function ruleSetDigest(rs: RuleSet): string {
  // Rule sets are treated as immutable values, so the digest of one object never changes.
  let digest = cache.get(rs);
  if (digest === undefined) {
    digest = computeDigest(rs);
    cache.set(rs, digest);
  }
  return digest;
}

function computeDigest(rs: RuleSet): string {
  const canonical = {
    id: rs.id,
    indicators: rs.indicators.map((i) => ({ id: i.id, weight: i.weight, rule: canonicalRule(i.rule) })),
    grades: rs.grades.map((g) => ({ min: g.min, grade: g.grade })),
  };
  return shortDigest(JSON.stringify(canonical));
}

function canonicalRule(r: RuleSet['indicators'][number]['rule']): unknown {
  switch (r.kind) {
    case 'proportional':
      return [r.kind, r.target];
    case 'deductAbove':
    case 'deductBelow':
      return [r.kind, r.threshold, r.perPoint];
    case 'bandsUpTo':
      return [r.kind, r.bands.map((b) => [b.upTo, b.score]), r.otherwise];
    case 'manual':
      return [r.kind, r.input];
  }
}
