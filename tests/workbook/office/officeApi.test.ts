/**
 * The narrow Office API must stay a true subset of the real one: if a member name or signature
 * drifts from @types/office-js, this file stops compiling (ts-jest type-checks it).
 */
import type { OfficeContext, OfficeRun } from '../../../src/workbook/office/officeApi';

type RealContextFits = Excel.RequestContext extends OfficeContext ? true : false;
// A type-only adapter: compiles only when the real Excel.run can be passed where OfficeRun is expected.
const acceptsRealRun: (run: typeof Excel.run) => OfficeRun = (run) => run;

describe('officeApi', () => {
  it('accepts a real Excel.RequestContext and Excel.run', () => {
    const fits: RealContextFits = true;
    expect(fits).toBe(true);
    expect(typeof acceptsRealRun).toBe('function');
  });
});
