/**
 * The webpack rule both builds share for packages that ship syntax newer than ES2020: tabster
 * (Fluent's focus library) uses `??=` and class static blocks, which Chromium before 94 (WPS's
 * embedded browser) and Safari before 16.4 (WKWebView on an older Mac or iPad) cannot parse.
 * They are compiled down to ES2020 by TypeScript, like our own code; the bundle-syntax tests
 * (tests/web/bundleSyntax.test.ts, tests/wps/package.test.ts) say what else would need adding.
 */
'use strict';

const NEWER_THAN_ES2020 = /[\\/]node_modules[\\/](tabster)[\\/]/;

function downlevelRule() {
  return {
    test: /\.m?js$/,
    include: NEWER_THAN_ES2020,
    use: {
      loader: 'ts-loader',
      options: {
        transpileOnly: true,
        compilerOptions: { allowJs: true, target: 'ES2020', module: 'ESNext', sourceMap: false },
      },
    },
  };
}

module.exports = { downlevelRule };
