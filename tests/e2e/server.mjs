// A static file server for a bundle on 127.0.0.1, as a plain web host would serve it:
// files only, no rewriting, an ephemeral port so parallel runs never collide.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Serves `root` at `prefix` (a sub-path such as "/tools/explorer/"; anything outside it is
 * not found); `headers` are added to every response (a Content-Security-Policy, say);
 * `pages` are HTML pages served beside the files, by name (a test's own host page, say).
 */
export async function serveDirectory(root, { headers = {}, prefix = '/', pages = {} } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const inside = path.slice(prefix.length);
    if (Object.hasOwn(pages, inside)) {
      response.writeHead(200, { ...headers, 'content-type': TYPES['.html'] }).end(pages[inside]);
      return;
    }
    const file = normalize(join(root, inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside));
    if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const url = `http://127.0.0.1:${port}${prefix}`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}
