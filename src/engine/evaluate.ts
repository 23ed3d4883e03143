/**
 * evaluate(): inputs + rule set → values, scores, commentary, checks, total and grade.
 * Pure and deterministic: the same inputs and rule set always give the same Evaluation.
 */
import { runChecks } from './checks';
import { computedCommentary, errorCommentary, manualCommentary, warningsNote } from './commentary';
import { D, fmtPlain, round, ZERO, type Decimal } from './decimal';
import { DEFAULT_RULE_SET } from './defaultRuleSet';
import { shortDigest } from './digest';
import { formulaFor } from './indicators';
import { INPUTS, inputDef } from './inputs';
import type { InputValue, Inputs } from './inputValues';
import { pick, type Lang } from './labels';
import { describeProblem, isError, problem, type Problem } from './problems';
import type { Evaluation, IndicatorResult, InputSnapshot } from './result';
import { ruleSetDigest } from './ruleSetDigest';
import type { Grade, IndicatorSpec, RuleSet } from './ruleSet';
import { applyRule } from './rules';
import { domainProblems } from './validateInputs';

export interface EvaluateOptions {
  ruleSet?: RuleSet;
  lang?: Lang;
}

export function evaluate(inputs: Inputs, options: EvaluateOptions = {}): Evaluation {
  const ruleSet = options.ruleSet ?? DEFAULT_RULE_SET;
  const lang = options.lang ?? 'zh';

  // Effective problems per input, computed once: cell problems + domain problems, or "missing".
  const problemCache = new Map<string, Problem[]>();
  const problemsOf = (name: string): Problem[] => {
    let ps = problemCache.get(name);
    if (!ps) {
      const v = inputs[name];
      ps = v ? domainProblems(v) : [problem('missing', name)];
      problemCache.set(name, ps);
    }
    return ps;
  };
  const usable = (name: string): Decimal | undefined => {
    const v = inputs[name];
    return v?.number !== undefined && !problemsOf(name).some(isError) ? v.number : undefined;
  };
  const figure = (name: string): Decimal => {
    const x = usable(name);
    if (x === undefined) throw new Error(`input ${name} used without a usable value`);
    return x;
  };

  const indicators = ruleSet.indicators.map((spec) =>
    scoreIndicator(spec, lang, inputs, problemsOf, usable, figure),
  );
  const total = indicators.reduce((acc, r) => (r.score ? acc.plus(r.score) : acc), ZERO);
  const complete = indicators.every((r) => r.score !== null);

  const deptValue = inputs.PE_DeptName;
  const department =
    deptValue && !problemsOf('PE_DeptName').some(isError)
      ? (deptValue.text ?? deptValue.number?.toFixed() ?? null)
      : null;
  const yearDec = usable('PE_Year');

  const names = inputNamesOf(ruleSet);
  return {
    lang,
    department,
    year: yearDec ? yearDec.toNumber() : null,
    ruleSet: { id: ruleSet.id, name: pick(ruleSet.name, lang), digest: ruleSetDigest(ruleSet) },
    total: round(total),
    grade: complete ? gradeFor(total, ruleSet) : null,
    complete,
    indicators,
    checks: runChecks(inputs, usable, lang),
    inputs: names.map((n) => snapshot(n, inputs[n], problemsOf(n), lang)),
    fingerprint: fingerprint(names, inputs),
  };
}

function scoreIndicator(
  spec: IndicatorSpec,
  lang: Lang,
  inputs: Inputs,
  problemsOf: (name: string) => Problem[],
  usable: (name: string) => Decimal | undefined,
  figure: (name: string) => Decimal,
): IndicatorResult {
  const weight = new D(spec.weight);
  const name = pick(spec.name, lang);
  const formula = spec.rule.kind === 'manual' ? undefined : formulaFor(spec.id);
  const needed = spec.rule.kind === 'manual' ? [spec.rule.input] : (formula?.inputs ?? []);
  const base: Omit<
    IndicatorResult,
    'status' | 'value' | 'score' | 'deduction' | 'commentary' | 'problems' | 'messages'
  > = {
    id: spec.id,
    level1: pick(spec.level1, lang),
    level2: pick(spec.level2, lang),
    name,
    weight,
    rule: spec.rule,
    inputs: needed,
    excel: formula?.excel,
  };
  const problems = needed.flatMap((n) => problemsOf(n));
  const warnings = problems.filter((p) => !isError(p));

  const fail = (errors: Problem[]): IndicatorResult => {
    const all = [...errors, ...warnings];
    return {
      ...base,
      status: 'error',
      value: null,
      score: null,
      deduction: null,
      commentary: errorCommentary(name, errors, lang),
      problems: all,
      messages: all.map((p) => describeProblem(p, lang)),
    };
  };
  const errors = problems.filter(isError);
  if (errors.length) return fail(errors);

  if (spec.rule.kind === 'manual') {
    const input = spec.rule.input;
    const s = figure(input);
    if (s.lt(0) || s.gt(weight)) {
      const v = inputs[input];
      return fail([
        problem('outOfRange', input, { address: v?.address, detail: fmtPlain(s), min: ZERO, max: weight }),
      ]);
    }
    const score = round(s);
    return {
      ...base,
      status: 'manual',
      value: null,
      score,
      deduction: weight.minus(score),
      commentary: manualCommentary(name, weight, score, lang) + warningsNote(warnings, lang),
      problems: warnings,
      messages: warnings.map((p) => describeProblem(p, lang)),
    };
  }

  if (!formula) {
    // A rule set validated by validateRuleSet never gets here; a hand-built one might.
    throw new Error(`indicator ${spec.id} has no formula and its rule is not manual`);
  }
  const zero = formula.denominators.filter((n) => (usable(n) as Decimal).isZero());
  if (zero.length) {
    return fail(zero.map((n) => problem('zeroDenominator', n, { address: inputs[n]?.address, detail: '0' })));
  }
  const value = round(formula.value(figure));
  const outcome = applyRule(spec.rule, value, weight);
  return {
    ...base,
    status: 'ok',
    value,
    score: outcome.score,
    deduction: weight.minus(outcome.score),
    commentary:
      computedCommentary(
        {
          name,
          formula,
          figures: figure,
          value,
          rule: spec.rule,
          weight,
          score: outcome.score,
          band: outcome.band,
        },
        lang,
      ) + warningsNote(warnings, lang),
    problems: warnings,
    messages: warnings.map((p) => describeProblem(p, lang)),
  };
}

export function gradeFor(total: Decimal, ruleSet: RuleSet): Grade | null {
  const bands = [...ruleSet.grades].sort((a, b) => new D(b.min).cmp(new D(a.min)));
  return bands.find((b) => total.gte(b.min))?.grade ?? null;
}

/** The catalog's inputs, plus any manual-score names a custom rule set introduces. */
export function inputNamesOf(ruleSet: RuleSet): string[] {
  const names = INPUTS.map((d) => d.name);
  for (const spec of ruleSet.indicators) {
    if (spec.rule.kind === 'manual' && !names.includes(spec.rule.input)) names.push(spec.rule.input);
  }
  return names;
}

function valueText(v: InputValue | undefined): string | null {
  if (!v) return null;
  if (v.number !== undefined) return v.number.toFixed();
  if (v.text !== undefined) return v.text;
  if (v.table) {
    return v.table
      .map((r) =>
        [r.label, r.budget?.toFixed() ?? '', r.final?.toFixed() ?? '', r.prior?.toFixed() ?? ''].join(','),
      )
      .join(';');
  }
  return null;
}

function snapshot(name: string, v: InputValue | undefined, problems: Problem[], lang: Lang): InputSnapshot {
  const def = inputDef(name);
  const ok = !problems.some(isError);
  return {
    name,
    label: def ? pick(def.label, lang) : name,
    address: v?.address ?? null,
    value: ok ? valueText(v) : null,
    ok,
    messages: problems.map((p) => describeProblem(p, lang)),
  };
}

/**
 * Digest over every input's value (or problem codes when unusable): recorded on the sheet so a
 * later reader can tell whether the figures have changed since the evaluation was written.
 */
export function fingerprint(names: string[], inputs: Inputs): string {
  const parts = names.map((n) => {
    const v = inputs[n];
    const errs = v ? v.problems.filter(isError).map((p) => p.code) : ['missing'];
    return `${n}=${errs.length ? `!${errs.join(',')}` : (valueText(v) ?? '')}`;
  });
  return shortDigest(parts.join('\n'));
}
