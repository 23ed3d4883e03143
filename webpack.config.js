/**
 * Web build of the add-in: the task pane, the ribbon function file, the browser preview and the
 * browser door (evaluate.html: a workbook evaluated in the page, nothing uploaded).
 *
 *   npm run build            production bundles in dist/web/, office.js from Microsoft's CDN
 *   npm run build:intranet   the same, with office.js copied into dist/web/office-js/ (OFFICE_JS=local)
 *   npm run dev-server       development bundles served on https://localhost:3000 (http without dev certs)
 *
 * Type checking is not done here (ts-loader runs transpile-only); `npm run typecheck` does it.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { downlevelRule } = require('./scripts/webpack-downlevel');

const ROOT = __dirname;
const OUT = path.resolve(ROOT, 'dist/web');
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIST = path.resolve(ROOT, 'node_modules/@microsoft/office-js/dist');

/**
 * Which files of @microsoft/office-js an intranet copy needs. office.js loads, at run time, the
 * host file for the running Excel (excel-win32-16.01.js, excel-web-16.00.js …, chosen through
 * o15apptofilemappingtable.js), its locale strings (<locale>/office_strings.js) and a few helper
 * folders. Files for other hosts (Word, Outlook, PowerPoint …) and the .debug variants (only loaded
 * by office.debug.js) are left out: they are most of the package's 87 MB.
 */
const OTHER_HOSTS = /^(access|onenote|outlook|outlookwebapp|powerpoint|project|word)/;
function officeJsFileWanted(absolutePath) {
  const rel = path.relative(OFFICE_JS_DIST, absolutePath).split(path.sep).join('/');
  const base = rel.split('/').pop();
  if (/\.debug\.js$/.test(base) || /vsdoc/.test(base) || base.endsWith('.d.ts')) return false;
  if (!rel.includes('/') && OTHER_HOSTS.test(base)) return false;
  // Locale folders carry outlook_strings.js too; Excel only needs office_strings.js.
  if (base === 'outlook_strings.js') return false;
  return true;
}

/** The add-in's dev certificates, when `npx office-addin-dev-certs install` has made them. */
function devCertificates() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const found = {};
  for (const [k, f] of Object.entries(files)) {
    const p = path.join(dir, f);
    if (fs.existsSync(p)) found[k] = fs.readFileSync(p);
  }
  return found.key && found.cert ? found : undefined;
}

/**
 * The inline ES5 gate that runs before any bundle (see src/web/webviewGate.js). It is read here
 * and written into the page, so an old webview never has to parse the modern bundles.
 */
const webviewGate = fs.readFileSync(path.resolve(ROOT, 'src/web/webviewGate.js'), 'utf8');

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const production = mode === 'production';
  const localOfficeJs = (process.env.OFFICE_JS || env.OFFICE_JS) === 'local';
  const officeJsUrl = localOfficeJs ? 'office-js/office.js' : CDN_OFFICE_JS;

  /** Pages that run inside Office: office.js first, then the gate, which loads the bundles. */
  const officePage = (name, title) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: path.resolve(ROOT, 'src/web/office-page.html'),
      chunks: [name],
      inject: false,
      minify: false,
      templateParameters: (compilation, assets) => ({
        title,
        page: name,
        officeJsUrl,
        webviewGate,
        // Escape "<" so a file name can never close the JSON <script> element early.
        gateConfig: JSON.stringify({ page: name, scripts: assets.js }).replace(/</g, '\\u003c'),
      }),
    });

  const https = devCertificates();
  const port = Number(process.env.PORT) || 3000;

  return {
    mode,
    // ES2020 on purpose: React 18 and Fluent UI v9 already ship ES2020 syntax (?? and ?.), which
    // Trident and EdgeHTML cannot parse; docs/webviews.md explains the decision.
    target: ['web', 'es2020'],
    devtool: production ? false : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/preview/index.tsx',
      // The same preview with the pane over the WPS door and the fake ET host.
      wpsPreview: './src/preview/wpsPreview.tsx',
      evaluate: './src/web/evaluate/index.tsx',
    },
    output: {
      path: OUT,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(ROOT, 'tsconfig.json'),
              transpileOnly: true,
              compilerOptions: { sourceMap: !production },
            },
          },
        },
        downlevelRule(),
      ],
    },
    optimization: {
      // webpack 5.10x also minifies emitted HTML, inline scripts included, for the build target
      // (ES2020). The inline webview gate must stay ES5, so the pages are left as written.
      minimizeOptions: { html: false },
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // React changes rarely: its own long-cached chunk.
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'react',
            priority: 30,
          },
          // Fluent UI v9 and the libraries it is built on (styling, focus, positioning).
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc|rtl-css-js|stylis|use-sync-external-store|@emotion)[\\/]/,
            name: 'fluent',
            priority: 20,
          },
          // The file door (package reader and writer, saxes, fflate): only evaluate.html uses it, so
          // it must not land in a chunk the task pane loads.
          fileDoor: {
            test: /[\\/](src[\\/]workbook[\\/]xlsx|node_modules[\\/](saxes|xmlchars|fflate))[\\/]/,
            name: 'filedoor',
            priority: 40,
          },
          // The engine and the workbook flow, shared by the pane, the ribbon command and the preview.
          // Not the WPS door: only the WPS preview page loads it at start, so it stays in that
          // page's chunk (and the pane's lazily loaded WPS chunk) instead of every page's. Not the
          // label matcher and the binding flow either: evaluate.html never binds, so they go with
          // the pages that do.
          engine: {
            test: /[\\/]src[\\/](engine[\\/](?!binding[\\/])|workbook[\\/](?!wps[\\/]|binding[\\/]))/,
            name: 'engine',
            priority: 5,
            // Not the lazily loaded WPS door: it stays in its own chunk, loaded only inside WPS.
            chunks: 'initial',
          },
          // Libraries the pages load at start. Those only a lazily loaded chunk needs (docx, for
          // the report download of evaluate.html) stay in that chunk, out of the task pane.
          vendors: {
            test: /[\\/]node_modules[\\/]/,
            name: 'vendors',
            priority: 10,
            chunks: 'initial',
          },
        },
      },
    },
    // The size that matters is the gzip figure printed by scripts/bundle-size.js.
    performance: { hints: false },
    plugins: [
      officePage('taskpane', '部门整体支出绩效自评'),
      officePage('commands', '部门整体支出绩效自评 · 命令'),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: path.resolve(ROOT, 'src/web/preview.html'),
        chunks: ['preview'],
        inject: 'body',
        scriptLoading: 'defer',
        minify: false,
      }),
      new HtmlWebpackPlugin({
        filename: 'wps-preview.html',
        template: path.resolve(ROOT, 'src/web/preview.html'),
        chunks: ['wpsPreview'],
        inject: 'body',
        scriptLoading: 'defer',
        minify: false,
      }),
      new HtmlWebpackPlugin({
        filename: 'evaluate.html',
        template: path.resolve(ROOT, 'src/web/evaluate.html'),
        chunks: ['evaluate'],
        inject: 'body',
        scriptLoading: 'defer',
        minify: false,
        // Development bundles are eval'd source maps; production ones need no eval at all.
        templateParameters: { scriptSrc: production ? "'self'" : "'self' 'unsafe-eval'" },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: path.resolve(ROOT, 'assets'), to: 'assets', filter: (p) => p.endsWith('.png') },
          // The dialog the ribbon command opens when a recalculation fails.
          { from: path.resolve(ROOT, 'src/web/message.html'), to: 'message.html' },
          // The help page the manifest's SupportUrl (and the GetStarted LearnMoreUrl) points at.
          { from: path.resolve(ROOT, 'src/web/help.html'), to: 'help.html' },
          ...(localOfficeJs
            ? [
                {
                  from: OFFICE_JS_DIST,
                  to: 'office-js',
                  filter: officeJsFileWanted,
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      port,
      server: https ? { type: 'https', options: https } : 'http',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.officeJsFileWanted = officeJsFileWanted;
