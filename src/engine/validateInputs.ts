/**
 * Domain checks on parsed inputs (spec §5) that depend on what the input *means*: amounts and
 * counts are not negative, counts are whole, satisfaction is a ratio 0–1. Cell-level problems
 * (missing, empty, error, text) are found when cells are parsed; manual-score bounds depend on
 * the rule set and are checked in evaluate().
 */
import { D, fmtPlain } from './decimal';
import { inputDef } from './inputs';
import type { InputValue } from './inputValues';
import { isError, problem, type Problem } from './problems';

/** The input's own problems plus its domain problems. */
export function domainProblems(v: InputValue): Problem[] {
  const def = inputDef(v.name);
  const out: Problem[] = [...v.problems];
  if (!def || out.some(isError)) return out;
  if (v.number === undefined) {
    // A numeric input that arrived without a number (hand-built inputs, plain data): say so
    // rather than let an indicator stumble over it.
    if (def.kind !== 'text' && def.kind !== 'table') {
      out.push(
        v.text !== undefined && v.text.trim() !== ''
          ? problem('notNumber', v.name, { address: v.address, detail: v.text })
          : problem('empty', v.name, { address: v.address }),
      );
    }
    return out;
  }
  const x = v.number;
  const at = { address: v.address, detail: fmtPlain(x) };
  switch (def.kind) {
    case 'money':
      if (x.isNeg() && !x.isZero()) out.push(problem('negative', v.name, at));
      break;
    case 'count':
      if (x.isNeg() && !x.isZero()) out.push(problem('negative', v.name, at));
      else if (!x.isInteger()) out.push(problem('notInteger', v.name, at));
      break;
    case 'ratio':
      if (x.lt(0) || x.gt(1))
        out.push(problem('outOfRange', v.name, { ...at, min: new D(0), max: new D(1) }));
      break;
    case 'year':
      if (!x.isInteger() || x.lt(1900) || x.gt(2999)) {
        out.push(problem('outOfRange', v.name, { ...at, min: new D(1900), max: new D(2999) }));
      }
      break;
    default:
      break;
  }
  return out;
}
