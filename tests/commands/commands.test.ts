/**
 * The ribbon function file: registration, and an event that is completed whatever happens.
 */
import { recalculate, registerCommands, runCommand, type CommandHost } from '../../src/commands/commands';
import { recalculateWorkbook } from '../../src/commands/recalculateWorkbook';

jest.mock('../../src/commands/recalculateWorkbook', () => ({ recalculateWorkbook: jest.fn() }));
const mockedRecalculate = jest.mocked(recalculateWorkbook);

const event = (): { completed: jest.Mock } => ({ completed: jest.fn() });

describe('runCommand', () => {
  it('completes the event after the work succeeds, reporting nothing', async () => {
    const e = event();
    const report = jest.fn();
    const order: string[] = [];
    e.completed.mockImplementation(() => order.push('completed'));
    await runCommand(
      e,
      () => {
        order.push('work');
        return Promise.resolve();
      },
      report,
    );
    expect(order).toEqual(['work', 'completed']);
    expect(report).not.toHaveBeenCalled();
  });

  it('completes the event and reports the message when the work fails', async () => {
    const e = event();
    const report = jest.fn();
    await runCommand(e, () => Promise.reject(new Error('名称 PE_Year 缺失')), report);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledWith('名称 PE_Year 缺失');
  });

  it('completes the event when the work throws synchronously a non-Error', async () => {
    const e = event();
    const report = jest.fn();
    await runCommand(
      e,
      () => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- a non-Error is the case under test
        throw 'boom';
      },
      report,
    );
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledWith('boom');
  });
});

describe('recalculate', () => {
  afterEach(() => jest.restoreAllMocks());

  it('runs the workbook recalculation and completes the event', async () => {
    mockedRecalculate.mockResolvedValueOnce(undefined);
    const e = event();
    recalculate(e as unknown as Office.AddinCommands.Event);
    await new Promise((r) => setImmediate(r));
    expect(mockedRecalculate).toHaveBeenCalled();
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('logs a failure to the console and still completes the event', async () => {
    mockedRecalculate.mockRejectedValueOnce(new Error('sheet is foreign'));
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const e = event();
    recalculate(e as unknown as Office.AddinCommands.Event);
    await new Promise((r) => setImmediate(r));
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('sheet is foreign'));
  });
});

describe('registerCommands', () => {
  it('associates "recalculate" through Office.actions when the host has it', () => {
    const associate = jest.fn();
    const host: CommandHost = { onReady: (cb) => cb(), actions: { associate } };
    const globals: Record<string, unknown> = {};
    registerCommands(host, globals);
    expect(associate).toHaveBeenCalledWith('recalculate', recalculate);
    expect(globals).toEqual({});
  });

  it('falls back to a global function on hosts without Office.actions', () => {
    const host: CommandHost = { onReady: (cb) => cb() };
    const globals: Record<string, unknown> = {};
    registerCommands(host, globals);
    expect(globals['recalculate']).toBe(recalculate);
  });

  it('registers nothing before Office is ready', () => {
    const associate = jest.fn();
    const host: CommandHost = { onReady: () => undefined, actions: { associate } };
    registerCommands(host, {});
    expect(associate).not.toHaveBeenCalled();
  });
});
