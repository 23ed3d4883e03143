/**
 * Build of the WPS 加载项 (npm run build:wps): the same task pane, the ribbon's entry page and
 * script, and ribbon.xml, into dist/wps/. scripts/package-wps.js then adds the jsplugins.xml and
 * publish.xml templates and the offline package.
 *
 * A second, separate bundle goes to dist/wps-fake/: the fake ET host holding the sample workbook,
 * one self-contained script that the browser tests inject before the pane's own scripts. It is
 * not part of the add-in.
 *
 * Target: WPS's embedded Chromium, which is older than current Chrome (Chrome 87-era engines on
 * some builds). Chrome 87 runs all of ES2020 (?? and ?. since 80) but not all of ES2021/2022
 * (class static blocks need 94, Array.prototype.at 92), so the bundles are emitted for ES2020 and
 * a test parses every emitted script with acorn at ecmaVersion 2020.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { downlevelRule } = require('./scripts/webpack-downlevel');

const ROOT = __dirname;

function tsRule(production) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      options: {
        configFile: path.resolve(ROOT, 'tsconfig.json'),
        transpileOnly: true,
        compilerOptions: { sourceMap: !production, target: 'ES2020' },
      },
    },
  };
}

module.exports = (...args) => {
  const argv = args[1] || {};
  const mode = argv.mode || 'production';
  const production = mode === 'production';
  const common = {
    mode,
    target: ['web', 'es2020'],
    devtool: production ? false : 'cheap-module-source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: { rules: [tsRule(production), downlevelRule()] },
    performance: { hints: false },
  };

  const addin = {
    ...common,
    name: 'wps',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      main: './src/wps/main.ts',
    },
    output: {
      path: path.resolve(ROOT, 'dist/wps'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    optimization: {
      // The emitted pages are kept as written (see webpack.config.js for why HTML is not minified).
      minimizeOptions: { html: false },
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'react',
            priority: 30,
          },
          vendors: { test: /[\\/]node_modules[\\/]/, name: 'vendors', priority: 10 },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: path.resolve(ROOT, 'src/wps/index.html'),
        chunks: ['main'],
        inject: 'body',
        minify: false,
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: path.resolve(ROOT, 'src/wps/taskpane.html'),
        chunks: ['taskpane'],
        inject: 'body',
        scriptLoading: 'defer',
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: path.resolve(ROOT, 'src/wps/ribbon.xml'), to: 'ribbon.xml' },
          { from: path.resolve(ROOT, 'assets'), to: 'assets', filter: (p) => p.endsWith('.png') },
        ],
      }),
    ],
  };

  const fakeHost = {
    ...common,
    name: 'wps-fake',
    entry: { 'fake-et-host': './src/preview/fakeEt/inject.ts' },
    output: {
      path: path.resolve(ROOT, 'dist/wps-fake'),
      filename: '[name].js',
      clean: true,
    },
    // One file: it is injected as a single init script.
    optimization: { splitChunks: false, runtimeChunk: false },
  };

  return [addin, fakeHost];
};
