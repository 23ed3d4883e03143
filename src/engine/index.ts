/** The engine's public surface. Pure: no Office, no DOM, no Node APIs. */
export { D, round, fmt2, fmtPlain, fromNumber, type Decimal } from './decimal';
export type { Lang, Label } from './labels';
export { pick } from './labels';
export {
  INPUTS,
  INPUT_NAMES,
  inputDef,
  FUNCTIONAL_TABLE_COLUMNS,
  type InputDef,
  type InputKind,
} from './inputs';
export type { InputValue, Inputs, TableRow } from './inputValues';
export { problem, describeProblem, isError, type Problem, type ProblemCode } from './problems';
export type { Rule, RuleKind, RuleSet, IndicatorSpec, Grade, GradeBand } from './ruleSet';
export { DEFAULT_RULE_SET } from './defaultRuleSet';
export { FORMULAS, formulaFor, type IndicatorFormula } from './indicators';
export { applyRule } from './rules';
export { evaluate, gradeFor, inputNamesOf, fingerprint, type EvaluateOptions } from './evaluate';
export type { Evaluation, IndicatorResult, CheckResult, InputSnapshot, IndicatorStatus } from './result';
export { toJsonResult, type JsonResult } from './contract';
export { parseRuleSet, describeRuleSetIssue, type RuleSetIssue, type RuleSetParse } from './validateRuleSet';
export { ruleSetDigest } from './ruleSetDigest';
export { sha256Hex, shortDigest } from './digest';
export { inputsFromData, type PlainFigures, type PlainTable } from './fromData';
