/**
 * @jest-environment jsdom
 *
 * The inline webview gate of taskpane.html / commands.html: ES5 only, and it loads the bundles
 * on capable webviews but shows the bilingual message on Trident and EdgeHTML.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'acorn';

const SOURCE = fs.readFileSync(path.resolve(__dirname, '../../src/web/webviewGate.js'), 'utf8');

const UA = {
  webView2:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91',
  trident: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko',
  edgeHtml:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045',
  safari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15',
};

interface FakeWindow {
  navigator: { userAgent: string };
  console: Pick<Console, 'error'>;
  Office?: {
    onReady(callback: () => void): void;
    initialize?: () => void;
    actions?: { associate(name: string, handler: (event: { completed(): void }) => void): void };
  };
  __webviewSupported?: boolean;
  recalculate?: (event: { completed(): void }) => void;
}

type FunctionLike = new (...body: string[]) => unknown;

/** Runs the gate against the jsdom document; `FunctionCtor` stands in for the engine's parser. */
function runGate(
  page: 'taskpane' | 'commands',
  userAgent: string,
  FunctionCtor: FunctionLike = Function,
  office?: FakeWindow['Office'],
): FakeWindow {
  document.body.innerHTML =
    '<div id="container"></div>' +
    `<script type="application/json" id="webview-gate-config">${JSON.stringify({
      page,
      scripts: ['react.1.js', 'fluent.2.js', `${page}.3.js`],
    })}</script>`;
  const win: FakeWindow = { navigator: { userAgent }, console: { error: jest.fn() }, Office: office };
  // Shadow the global Function so a test can play an engine that cannot parse ES2020.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the gate is a page script, run as one
  const run = new Function('window', 'document', 'Function', SOURCE) as (
    w: FakeWindow,
    d: Document,
    f: FunctionLike,
  ) => void;
  run(win, document, FunctionCtor);
  return win;
}

const loadedScripts = (): string[] =>
  Array.from(document.body.querySelectorAll('script[src]')).map((s) => s.getAttribute('src') ?? '');

const message = (): HTMLElement | null => document.getElementById('unsupported-webview');

describe('webview gate', () => {
  it('is ES5 (Trident must be able to parse it)', () => {
    expect(() => parse(SOURCE, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  it('loads the bundles in order on WebView2 (Chromium Edge)', () => {
    const win = runGate('taskpane', UA.webView2);
    expect(loadedScripts()).toEqual(['react.1.js', 'fluent.2.js', 'taskpane.3.js']);
    const scripts = Array.from(document.body.querySelectorAll<HTMLScriptElement>('script[src]'));
    expect(scripts.every((s) => s.async === false)).toBe(true);
    expect(message()).toBeNull();
    expect(win.__webviewSupported).toBe(true);
  });

  it('loads the bundles on Safari (WKWebView on Mac)', () => {
    runGate('taskpane', UA.safari);
    expect(loadedScripts()).toHaveLength(3);
  });

  it.each([
    ['Trident (IE 11)', UA.trident],
    ['EdgeHTML (Edge Legacy)', UA.edgeHtml],
  ])('shows the bilingual message and loads nothing on %s', (_name, userAgent) => {
    const win = runGate('taskpane', userAgent);
    expect(loadedScripts()).toEqual([]);
    const box = message();
    expect(box?.getAttribute('role')).toBe('alert');
    const text = box?.textContent ?? '';
    expect(text).toContain('需要的 Office 版本：Microsoft 365 / Office 2021 或更高 (WebView2)');
    expect(text).toContain('Microsoft 365 / Office 2021 or later (WebView2)');
    expect(text).toContain('命令行');
    expect(text).toContain('command line');
    expect(box?.parentElement?.id).toBe('container');
    expect(win.__webviewSupported).toBe(false);
  });

  it('treats an engine that cannot parse ES2020 as unsupported, whatever its user agent says', () => {
    const NoEs2020 = function () {
      throw new SyntaxError('Expected identifier');
    } as unknown as FunctionLike;
    runGate('taskpane', UA.webView2, NoEs2020);
    expect(loadedScripts()).toEqual([]);
    expect(message()).not.toBeNull();
  });

  it('does not mistake a CSP that forbids eval for an old engine', () => {
    const NoEval = function () {
      throw new EvalError('unsafe-eval');
    } as unknown as FunctionLike;
    runGate('taskpane', UA.webView2, NoEval);
    expect(loadedScripts()).toHaveLength(3);
  });

  it('on the function file page in an old webview, still completes the ribbon event', () => {
    let handler: ((event: { completed(): void }) => void) | undefined;
    const office: FakeWindow['Office'] = {
      onReady: (callback) => callback(),
      actions: { associate: (_name, h) => (handler = h) },
    };
    const win = runGate('commands', UA.trident, Function, office);
    expect(loadedScripts()).toEqual([]);
    expect(message()).toBeNull(); // a function file has no visible page
    expect(handler).toBe(win.recalculate);
    const completed = jest.fn();
    win.recalculate?.({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(win.console.error).toHaveBeenCalled();
  });

  it.each(['taskpane', 'commands'] as const)(
    'initializes Office on the fallback path of the %s page, so Office shows the page',
    (page) => {
      const onReady = jest.fn();
      const office: NonNullable<FakeWindow['Office']> = { onReady };
      runGate(page, UA.edgeHtml, Function, office);
      expect(onReady).toHaveBeenCalled();
      expect(typeof office.initialize).toBe('function');
    },
  );

  it('keeps an Office.initialize the page already set, and copes with an office.js without onReady', () => {
    const mine = jest.fn();
    const office = { initialize: mine } as unknown as NonNullable<FakeWindow['Office']>;
    expect(() => runGate('taskpane', UA.trident, Function, office)).not.toThrow();
    expect(office.initialize).toBe(mine);
    expect(message()).not.toBeNull();
  });

  it('does not initialize Office itself on a capable webview (the bundles do)', () => {
    const onReady = jest.fn();
    const office: NonNullable<FakeWindow['Office']> = { onReady };
    runGate('taskpane', UA.webView2, Function, office);
    expect(onReady).not.toHaveBeenCalled();
    expect(office.initialize).toBeUndefined();
  });
});
