/*
 * Webview gate: inlined into taskpane.html and commands.html, runs before any bundle.
 *
 * Written in ES5 on purpose (no arrow functions, no let/const, no template strings): it must run
 * in Internet Explorer 11 (Trident) and Edge Legacy (EdgeHTML), which volume-licensed Office
 * 2016/2019 still use. Those webviews cannot parse the bundles (React 18 and Fluent UI v9 ship
 * ES2020 syntax), so instead of a blank pane the gate shows what Office version is needed and
 * that the command line evaluates the same workbook. On a capable webview it loads the bundles
 * in order. See docs/webviews.md.
 *
 * It reads its configuration from <script type="application/json" id="webview-gate-config">:
 * { "page": "taskpane" | "commands", "scripts": ["react.js", …] }.
 */
(function (win, doc) {
  'use strict';

  /** Trident (IE 11 and older) or EdgeHTML (Edge Legacy: "Edge/18.x"; Chromium Edge says "Edg/"). */
  function isLegacyMicrosoftWebview(userAgent) {
    return /Trident\/|MSIE /.test(userAgent) || /\bEdge\/\d/.test(userAgent);
  }

  /**
   * Whether the engine parses ES2020 syntax. Only a SyntaxError means "no": a Content Security
   * Policy that forbids eval throws EvalError, and then the user agent test alone decides.
   */
  function parsesEs2020() {
    try {
      // The point is to ask the parser, not to run code.
      new Function('var o = {}; return o?.a ?? 1;');
      return true;
    } catch (e) {
      return !(e instanceof SyntaxError);
    }
  }

  function readConfig() {
    var node = doc.getElementById('webview-gate-config');
    return JSON.parse(node.text || node.textContent);
  }

  function loadScripts(scripts) {
    var i;
    for (i = 0; i < scripts.length; i++) {
      var s = doc.createElement('script');
      s.src = scripts[i];
      // Dynamically inserted scripts run as soon as they arrive unless async is false;
      // the bundles depend on each other (runtime, vendors, page), so keep document order.
      s.async = false;
      doc.body.appendChild(s);
    }
  }

  var MESSAGE_ZH =
    '此版本的 Office 使用的浏览器组件（Internet Explorer 或旧版 Edge）无法运行本加载项。' +
    '需要的 Office 版本：Microsoft 365 / Office 2021 或更高 (WebView2)，或 Excel 网页版。' +
    '也可以在命令行中评价同一个工作簿（npm run evaluate），结果与任务窗格相同。';
  var MESSAGE_EN =
    'This version of Office shows add-ins with an old browser component (Internet Explorer or ' +
    'Edge Legacy) that cannot run this add-in. Required: Microsoft 365 / Office 2021 or later ' +
    '(WebView2), or Excel on the web. The command line (npm run evaluate) evaluates the same ' +
    'workbook with the same results.';

  function showMessage() {
    var box = doc.createElement('div');
    box.id = 'unsupported-webview';
    box.setAttribute('role', 'alert');
    box.style.cssText = 'font-family:"Microsoft YaHei","Segoe UI",sans-serif;padding:16px;line-height:1.6';
    var title = doc.createElement('h1');
    title.style.cssText = 'font-size:16px;margin:0 0 8px 0';
    title.appendChild(doc.createTextNode('无法在此 Office 版本中运行 · Cannot run in this Office version'));
    var zh = doc.createElement('p');
    zh.setAttribute('lang', 'zh-CN');
    zh.appendChild(doc.createTextNode(MESSAGE_ZH));
    var en = doc.createElement('p');
    en.setAttribute('lang', 'en');
    en.appendChild(doc.createTextNode(MESSAGE_EN));
    box.appendChild(title);
    box.appendChild(zh);
    box.appendChild(en);
    var container = doc.getElementById('container');
    (container || doc.body).appendChild(box);
  }

  /**
   * Tell Office the page is ready even though no bundle will run: an add-in is expected to
   * assign Office.initialize or call Office.onReady
   * (https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in), and on some
   * platforms Office does not show the pane until one of them has run, so the message would
   * never be seen. Both, guarded: old office.js builds lack onReady, and a handler the page
   * already set is kept.
   */
  function initializeOffice() {
    var office = win.Office;
    if (!office) return;
    if (typeof office.initialize !== 'function') office.initialize = function () {};
    if (typeof office.onReady === 'function') {
      try {
        office.onReady(function () {});
      } catch (e) {
        // The message is already on the page; leave a trace for the administrator.
        if (win.console) win.console.error(String(e));
      }
    }
  }

  /**
   * The ribbon button must still complete its event, or Office shows it as busy forever:
   * register a handler that reports the problem and completes.
   */
  function completeRibbonCommandsWithMessage() {
    function recalculate(event) {
      try {
        // Ribbon commands in these hosts have no notification UI of their own: log for the admin.
        if (win.console) win.console.error(MESSAGE_EN);
      } finally {
        if (event && typeof event.completed === 'function') event.completed();
      }
    }
    win.recalculate = recalculate;
    if (win.Office && typeof win.Office.onReady === 'function') {
      win.Office.onReady(function () {
        if (win.Office.actions && typeof win.Office.actions.associate === 'function') {
          win.Office.actions.associate('recalculate', recalculate);
        }
      });
    }
  }

  var config = readConfig();
  var supported = !isLegacyMicrosoftWebview(String(win.navigator.userAgent)) && parsesEs2020();
  win.__webviewSupported = supported;
  if (supported) {
    loadScripts(config.scripts);
  } else if (config.page === 'commands') {
    completeRibbonCommandsWithMessage();
    initializeOffice();
  } else {
    showMessage();
    initializeOffice();
  }
})(window, document);
