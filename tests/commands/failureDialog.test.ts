/** @jest-environment jsdom */
/**
 * A failed 重新计算 from the ribbon is shown to the clerk: the reporter opens message.html in a
 * dialog with the message in the URL hash, and the page shows it as text (never as HTML).
 */
import { parse } from 'acorn';
import * as fs from 'fs';
import * as path from 'path';
import { dialogReporter, runCommand, type DialogHost, type DialogOpened } from '../../src/commands/commands';

const PAGE = fs.readFileSync(path.resolve(__dirname, '../../src/web/message.html'), 'utf8');

function dialogHost(): DialogHost & { urls: string[] } {
  const urls: string[] = [];
  return {
    urls,
    displayDialogAsync: (url, _options, callback) => {
      urls.push(url);
      callback?.({ status: 'succeeded' });
    },
  };
}

/** Load message.html into the jsdom document at a URL with `hash`, running its inline script. */
function showPage(hash: string): string {
  window.history.replaceState(null, '', `/message.html${hash}`);
  document.documentElement.innerHTML = PAGE.replace(/^<!doctype html>/i, '');
  // Scripts set through innerHTML do not run; a fresh element appended to the page does.
  const inline = document.querySelector('script');
  const run = document.createElement('script');
  run.textContent = inline?.textContent ?? '';
  inline?.remove();
  document.body.appendChild(run);
  return document.getElementById('message')?.textContent ?? '';
}

beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

test('opens message.html beside the function page with the message in the hash, and logs it', async () => {
  const ui = dialogHost();
  const message = '工作表“绩效自评”不是本加载项创建的，未改写；请在任务窗格中确认覆盖。';
  await dialogReporter(ui, 'https://intranet.example/addin/commands.html?x=1')(message);
  expect(ui.urls).toHaveLength(1);
  const url = new URL(ui.urls[0]);
  expect(url.origin + url.pathname).toBe('https://intranet.example/addin/message.html');
  expect(decodeURIComponent(url.hash.slice(1))).toBe(message);
  expect(console.error).toHaveBeenCalledWith(expect.stringContaining(message));
});

test('without a dialog host the failure is still logged', async () => {
  await dialogReporter(undefined, 'https://localhost:3000/commands.html')('boom');
  expect(console.error).toHaveBeenCalledWith(expect.stringContaining('boom'));
});

test('the page shows the message as text, markup included literally', async () => {
  const message = '<img src=x onerror=alert(1)> 评价失败';
  const ui = dialogHost();
  await dialogReporter(ui, 'https://localhost:3000/commands.html')(message);
  const shown = showPage(new URL(ui.urls[0]).hash);
  expect(shown).toBe(message);
  expect(document.querySelector('#message img')).toBeNull();
});

test('the page script parses as ES5, so any webview can run it', () => {
  const script = PAGE.slice(PAGE.indexOf('<script>') + 8, PAGE.indexOf('</script>'));
  expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
  expect(() => parse('var f = () => 1;', { ecmaVersion: 5 })).toThrow();
});

describe('completing the ribbon event around the dialog', () => {
  type Callback = (result: DialogOpened) => void;

  function lateHost(): DialogHost & { callbacks: Callback[] } {
    const callbacks: Callback[] = [];
    return { callbacks, displayDialogAsync: (_url, _options, cb) => void (cb && callbacks.push(cb)) };
  }

  test('completes only after displayDialogAsync has called back', async () => {
    const ui = lateHost();
    const completed = jest.fn();
    const done = runCommand(
      { completed },
      () => Promise.reject(new Error('名称 PE_Year 缺失')),
      dialogReporter(ui, 'https://localhost:3000/commands.html'),
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(ui.callbacks).toHaveLength(1);
    expect(completed).not.toHaveBeenCalled();
    ui.callbacks[0]({ status: 'succeeded' });
    await done;
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test('completes when the dialog failed to open, and logs why', async () => {
    const ui = lateHost();
    const completed = jest.fn();
    const done = runCommand(
      { completed },
      () => Promise.reject(new Error('boom')),
      dialogReporter(ui, 'https://localhost:3000/commands.html'),
    );
    await new Promise((r) => setTimeout(r, 0));
    ui.callbacks[0]({ status: 'failed', error: { message: 'A dialog box is already opened' } });
    await done;
    expect(completed).toHaveBeenCalledTimes(1);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('A dialog box is already opened'));
  });

  test('completes after a grace period when the host never calls back', async () => {
    jest.useFakeTimers();
    try {
      const ui = lateHost();
      const completed = jest.fn();
      const done = runCommand(
        { completed },
        () => Promise.reject(new Error('boom')),
        dialogReporter(ui, 'https://localhost:3000/commands.html', 1000),
      );
      await jest.advanceTimersByTimeAsync(999);
      expect(completed).not.toHaveBeenCalled();
      await jest.advanceTimersByTimeAsync(1);
      await done;
      expect(completed).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
