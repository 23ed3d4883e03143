/**
 * The WPS door's slice of the ET object model is typed from et-jsapi-declare: the real
 * `Application` (and its objects) must be assignable to it. A member that is a method in ET but
 * declared as a property here (or the other way round), or a misspelled one, fails this file's
 * compilation (ts-jest type-checks it).
 */
import type {
  EtAddinHost,
  EtApplication,
  EtName,
  EtRange,
  EtWorksheet,
} from '../../../src/workbook/wps/etApi';

type Fits<A, B> = A extends B ? true : false;

const checks: {
  application: Fits<WPSMergedRoot, EtApplication>;
  addinHost: Fits<WPSMergedRoot, EtAddinHost>;
  range: Fits<Et.Range, EtRange>;
  worksheet: Fits<Et.Worksheet, EtWorksheet>;
  name: Fits<Et.Name, EtName>;
} = { application: true, addinHost: true, range: true, worksheet: true, name: true };

describe('ET API slice', () => {
  it('accepts the objects declared by et-jsapi-declare', () => {
    expect(Object.values(checks).every(Boolean)).toBe(true);
  });
});
