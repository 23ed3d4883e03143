/**
 * The rule kinds of spec §4, applied to an indicator's **rounded** value (reviewers check rules
 * against the figure they see). Scores are clamped to [0, weight] and rounded to 2 decimals.
 */
import { D, round, ZERO, type Decimal } from './decimal';
import type { Rule } from './ruleSet';

export interface RuleOutcome {
  score: Decimal; // rounded to 2 dp
  /** For bandsUpTo: index of the band that applied (bands.length = the `otherwise` score). */
  band?: number;
}

/** Score of a computed (non-manual) rule for the rounded value `v` (percent) and weight `w`. */
export function applyRule(rule: Exclude<Rule, { kind: 'manual' }>, v: Decimal, w: Decimal): RuleOutcome {
  switch (rule.kind) {
    case 'proportional': {
      const t = new D(rule.target);
      const share = D.min(1, v.div(t));
      return { score: clamp(w.times(share), w) };
    }
    case 'deductAbove': {
      const t = new D(rule.threshold);
      if (v.lte(t)) return { score: clamp(w, w) };
      return { score: clamp(w.minus(new D(rule.perPoint).times(v.minus(t))), w) };
    }
    case 'deductBelow': {
      const t = new D(rule.threshold);
      if (v.gte(t)) return { score: clamp(w, w) };
      return { score: clamp(w.minus(new D(rule.perPoint).times(t.minus(v))), w) };
    }
    case 'bandsUpTo': {
      const i = rule.bands.findIndex((b) => v.lte(new D(b.upTo)));
      const s = i >= 0 ? rule.bands[i].score : rule.otherwise;
      return { score: clamp(new D(s), w), band: i >= 0 ? i : rule.bands.length };
    }
  }
}

/** Round to 2 dp, then keep inside [0, w] (a rule set may hand out a band score above the weight). */
function clamp(x: Decimal, w: Decimal): Decimal {
  return round(D.max(ZERO, D.min(w, x)));
}
