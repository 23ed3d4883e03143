/**
 * The static server behind `npm run preview`: content types, 404s, and no way out of its root.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';

interface ServeModule {
  startServer(options: { root: string; port: number }): Promise<{ server: http.Server; url: string }>;
  resolveInside(root: string, urlPath: string): string | null;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, not a typed module
const serve = require('../../scripts/serve.js') as ServeModule;

interface Reply {
  status: number;
  type: string | undefined;
  body: string;
}

/** A raw GET (no URL normalisation by the client, so `..` reaches the server as written). */
function get(base: string, rawPath: string): Promise<Reply> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scripts/serve.js', () => {
  let dir: string;
  let root: string;
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
    root = path.join(dir, 'web');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'preview.html'), '<!doctype html><title>预览</title>');
    fs.writeFileSync(path.join(root, 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(root, 'assets', 'icon-16.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the root');
    ({ server, url } = await serve.startServer({ root, port: 0 }));
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves files with their content types', async () => {
    const html = await get(url, '/preview.html');
    expect(html).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<!doctype html><title>预览</title>',
    });
    expect((await get(url, '/app.js')).type).toBe('text/javascript; charset=utf-8');
    expect((await get(url, '/assets/icon-16.png')).type).toBe('image/png');
  });

  it('answers 404 for a missing file', async () => {
    expect((await get(url, '/nope.js')).status).toBe(404);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt'])(
    'never serves a file outside its root: %s',
    async (attempt) => {
      const reply = await get(url, attempt);
      expect(reply.status).not.toBe(200);
      expect(reply.body).not.toContain('outside the root');
    },
  );

  it('maps paths inside the root and refuses the rest', () => {
    expect(serve.resolveInside(root, '/assets/icon-16.png')).toBe(path.join(root, 'assets', 'icon-16.png'));
    expect(serve.resolveInside(root, '/a/../preview.html')).toBe(path.join(root, 'preview.html'));
    expect(serve.resolveInside(root, '/%00')).toBeNull();
    expect(serve.resolveInside(root, '/%E0%A4%A')).toBeNull();
  });
});
