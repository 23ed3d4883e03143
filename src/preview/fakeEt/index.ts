/** The fake WPS 表格 host: the fake Excel host's workbook behind an ET-shaped synchronous API. */
export {
  FakeEtApplication,
  FakeEtError,
  FakeEtRange,
  FakeEtWorksheet,
  fakeEtApplication,
  bgrToHex,
  hexToBgr,
  type FakeTaskPane,
} from './etHost';
export { countCalls, type CallCounter } from './countCalls';
export type { FakeEtOptions } from './etHost';
