/**
 * 说明: one generated sentence per indicator, in the register of the published self-evaluation
 * reports (spec §9): the formula with the figures filled in, the rule, the score and, below full
 * marks, the reason for the deduction. All person-facing wording of indicators lives here.
 */
import { fmt2, fmtPlain, type Decimal } from './decimal';
import type { IndicatorFormula, Figures } from './indicators';
import { pick, type Lang } from './labels';
import { describeProblem, type Problem } from './problems';
import type { Rule } from './ruleSet';

export interface ComputedFacts {
  name: string;
  formula: IndicatorFormula;
  figures: Figures;
  value: Decimal; // rounded percent
  rule: Exclude<Rule, { kind: 'manual' }>;
  weight: Decimal;
  score: Decimal;
  band?: number;
}

const pts = (x: Decimal): string => fmt2(x);
const w = (x: Decimal): string => fmtPlain(x);

function scoreClause(f: { weight: Decimal; score: Decimal }, lang: Lang): string {
  return lang === 'zh'
    ? `得${pts(f.score)}分（满分${w(f.weight)}分）`
    : `${pts(f.score)} of ${w(f.weight)} points`;
}

function deduction(f: { weight: Decimal; score: Decimal }): Decimal {
  return f.weight.minus(f.score);
}

/** “部门预算支出率=本年实际支出÷调整后预算数×100%=672.18÷681.72×100%=98.60%” */
function formulaText(f: ComputedFacts, lang: Lang): string {
  const parts = [f.name];
  if (f.formula.symbolic) parts.push(pick(f.formula.symbolic, lang));
  parts.push(f.formula.numeric(f.figures, lang), `${fmt2(f.value)}%`);
  return lang === 'zh' ? parts.join('=') : parts.join(' = ');
}

function ruleText(f: ComputedFacts, lang: Lang): string {
  const zh = lang === 'zh';
  const short = pick(f.formula.short, lang);
  const d = deduction(f);
  const full = d.isZero();
  const score = scoreClause(f, lang);
  const r = f.rule;
  switch (r.kind) {
    case 'proportional': {
      const t = fmtNum(r.target);
      if (zh) return `，按${short}计分，${score}${full ? '' : `，扣${pts(d)}分：${short}未达${t}%`}。`;
      return `; scored in proportion to ${short}: ${score}${full ? '' : `, ${pts(d)} deducted: ${short} is below ${t}%`}.`;
    }
    case 'deductAbove': {
      const t = r.threshold;
      const over = f.value.minus(t);
      if (over.lte(0)) {
        const within = f.formula.within
          ? pick(f.formula.within, lang)
          : zh
            ? `未超过${fmtNum(t)}%`
            : `not above ${fmtNum(t)}%`;
        return zh ? `，${within}，${score}。` : `; ${within}: ${score}.`;
      }
      return zh
        ? `，超过${fmtNum(t)}%共${fmt2(over)}个百分点，每个百分点扣${fmtNum(r.perPoint)}分，${score}，扣${pts(d)}分。`
        : `; ${fmt2(over)} percentage points above ${fmtNum(t)}%, ${fmtNum(r.perPoint)} deducted per point: ${score}, ${pts(d)} deducted.`;
    }
    case 'deductBelow': {
      const t = r.threshold;
      const under = f.value.neg().plus(t);
      if (under.lte(0)) {
        return zh ? `，不低于${fmtNum(t)}%，${score}。` : `; not below ${fmtNum(t)}%: ${score}.`;
      }
      return zh
        ? `，低于${fmtNum(t)}%共${fmt2(under)}个百分点，每个百分点扣${fmtNum(r.perPoint)}分，${score}，扣${pts(d)}分。`
        : `; ${fmt2(under)} percentage points below ${fmtNum(t)}%, ${fmtNum(r.perPoint)} deducted per point: ${score}, ${pts(d)} deducted.`;
    }
    case 'bandsUpTo': {
      const first = r.bands[0];
      const std = first ? `“≤${fmtNum(first.upTo)}%”` : '';
      if (f.band === 0 && full) {
        return zh ? `，达到${std}的满分标准，${score}。` : `; meets the full-mark standard ${std}: ${score}.`;
      }
      if (full) return zh ? `，${score}。` : `: ${score}.`;
      // The reports name the full-mark standard that was missed; the band is visible in 评分规则.
      return zh
        ? `，未达到${std}的满分标准，${score}。`
        : `; does not meet the full-mark standard ${std}: ${score}, ${pts(d)} deducted.`;
    }
  }
}

/** A decimal string from a rule set, printed as a person writes it (−15, 0.5). */
function fmtNum(s: string): string {
  return s.startsWith('-') ? `−${s.slice(1)}` : s;
}

export function computedCommentary(f: ComputedFacts, lang: Lang): string {
  return formulaText(f, lang) + ruleText(f, lang);
}

export function manualCommentary(name: string, weight: Decimal, score: Decimal, lang: Lang): string {
  const d = weight.minus(score);
  const s = scoreClause({ weight, score }, lang);
  if (lang === 'zh') return `${name}为人工评定，${s}${d.isZero() ? '' : `，扣${pts(d)}分`}。`;
  return `${name} is scored manually: ${s}${d.isZero() ? '' : `, ${pts(d)} deducted`}.`;
}

/** （无法计算）政府采购执行率：“政府采购计划金额”（PE_ProcurementPlan，基础数据!C12）为0，分母为零。 */
export function errorCommentary(name: string, problems: Problem[], lang: Lang): string {
  const text = problems.map((p) => describeProblem(p, lang)).join(lang === 'zh' ? '' : ' ');
  return lang === 'zh' ? `（无法计算）${name}：${text}` : `(Not computable) ${name}: ${text}`;
}

/** Warnings (numbers stored as text) appended after the sentence. */
export function warningsNote(problems: Problem[], lang: Lang): string {
  if (problems.length === 0) return '';
  const text = problems.map((p) => describeProblem(p, lang)).join(lang === 'zh' ? '' : ' ');
  return lang === 'zh' ? `注：${text}` : ` Note: ${text}`;
}
