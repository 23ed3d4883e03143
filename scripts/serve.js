#!/usr/bin/env node
/**
 * A tiny static server for the web build over plain http, for the browser preview, the page that
 * evaluates a workbook in the browser (evaluate.html) and the browser tests (no certificates
 * needed on localhost):
 *
 *   node scripts/serve.js [dist/web]      PORT=3001 node scripts/serve.js
 *
 * Also a module: `startServer({ root, port })` resolves to { server, url } (port 0 = any free port).
 */
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Maps a request path to a file inside `root`, or null when it would leave `root`
 * (`..`, encoded `%2e%2e`, backslashes, NUL bytes).
 */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  const rel = path.relative(root, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return file;
}

function handler(root) {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let file = resolveInside(root, req.url || '/');
    if (!file) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('forbidden\n');
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
        return;
      }
      res.writeHead(200, {
        'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    });
  };
}

/** @returns {Promise<{ server: http.Server, url: string }>} */
function startServer({
  root = path.resolve(__dirname, '..', 'dist', 'web'),
  port = 3000,
  host = '127.0.0.1',
} = {}) {
  const absoluteRoot = path.resolve(root);
  const server = http.createServer(handler(absoluteRoot));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ server, url: `http://localhost:${address.port}` });
    });
  });
}

if (require.main === module) {
  const root = path.resolve(process.argv[2] || path.join(__dirname, '..', 'dist', 'web'));
  if (!fs.existsSync(path.join(root, 'preview.html'))) {
    console.error(`${root} has no preview.html: run "npm run build" first`);
    process.exit(1);
  }
  const port = process.env.PORT === undefined ? 3000 : Number(process.env.PORT);
  startServer({ root, port }).then(
    ({ url }) => {
      console.log(`serving ${path.relative(process.cwd(), root) || '.'} at ${url}/`);
      console.log(`preview: ${url}/preview.html`);
      if (fs.existsSync(path.join(root, 'wps-preview.html')))
        console.log(`WPS preview: ${url}/wps-preview.html`);
      if (fs.existsSync(path.join(root, 'evaluate.html'))) {
        console.log(`evaluate a workbook in the browser: ${url}/evaluate.html`);
      }
    },
    (error) => {
      console.error(`cannot listen on port ${port}: ${error.message}`);
      process.exit(1);
    },
  );
}

module.exports = { startServer, resolveInside, CONTENT_TYPES };
