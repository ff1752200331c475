// The static file server of `cargo xtask serve`, the end-to-end tests, the bench and the
// screenshots, on 127.0.0.1 only. Two ways of serving a bundle:
//
// - plain (the default): files as they are, with their type and nothing else, as the simplest
//   host (`python3 -m http.server`) serves them;
// - host: as a configured web host serves them (README, Deploying): the precompressed `.br` or
//   `.gz` beside a file when the request accepts that encoding, a long immutable cache for the
//   hashed file names and `no-cache` for the others, the strict Content-Security-Policy and
//   `nosniff`.
//
// As a command, it serves a folder in host mode until stopped (Ctrl-C):
//
//   node xtask/server.mjs DIR PORT
import { spawn } from 'node:child_process';
import { access, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The policy the explorer runs under with nothing refused (README, Deploying). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; frame-ancestors 'self'";

/** For the file names Trunk and the build hash: their content never changes under that name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.gz': 'application/gzip',
};

/** The precompressed copies a host may send, best first: the file's extension and its encoding. */
const ENCODINGS = [
  { extension: '.br', encoding: 'br' },
  { extension: '.gz', encoding: 'gzip' },
];

/**
 * Whether a file's name carries its content's hash, so that it can be cached for ever:
 * `explorer-<hash>.js`, `explorer-<hash>_bg.wasm`, `style-<hash>.css`, `start-<hash>.js`. The
 * hash is 16 hex digits, fewer when it starts with zeros (Trunk writes it unpadded): 12 to 16.
 */
export function isHashed(name) {
  return /-[0-9a-f]{12,16}(_bg)?\.[a-z0-9]+$/.test(basename(name));
}

/**
 * The encodings an Accept-Encoding header allows (lower case): those named with a weight above
 * 0, and for `*`, every other one unless refused by name (`br;q=0`).
 */
export function acceptedEncodings(header = '') {
  const named = new Map();
  for (const part of header.split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const weight = parameters.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)).find(Boolean);
    named.set(name.trim(), weight ? Number(weight[1]) > 0 : true);
  }
  const accepts = (encoding) => named.get(encoding) ?? named.get('*') ?? false;
  return new Set(ENCODINGS.map(({ encoding }) => encoding).filter(accepts));
}

const exists = (path) => access(path).then(() => true, () => false);

/** The headers a host sends with `name` beside its content type, whatever the encoding. */
function hostHeaders(name) {
  return {
    'cache-control': isHashed(name) ? IMMUTABLE : 'no-cache',
    'content-security-policy': STRICT_CSP,
    'x-content-type-options': 'nosniff',
  };
}

/**
 * What to send for `file`: its path on disk and the headers that describe it. In host mode,
 * the precompressed copy the request accepts, with the original's type.
 */
async function chooseFile(file, request, host) {
  const type = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
  if (!host) return { path: file, headers: type };
  const headers = { ...type, ...hostHeaders(file) };
  const copies = [];
  for (const copy of ENCODINGS) {
    if (await exists(file + copy.extension)) copies.push(copy);
  }
  if (copies.length === 0) return { path: file, headers };
  // The answer depends on the request's Accept-Encoding as soon as a copy exists.
  headers.vary = 'Accept-Encoding';
  const accepted = acceptedEncodings(request.headers['accept-encoding']);
  const chosen = copies.find(({ encoding }) => accepted.has(encoding));
  if (!chosen) return { path: file, headers };
  return { path: file + chosen.extension, headers: { ...headers, 'content-encoding': chosen.encoding } };
}

/**
 * Serves `root` at `prefix` (a sub-path such as "/tools/explorer/"; anything outside it is
 * not found), plainly or, with `host`, as a configured host does (see above); `headers` are
 * added to every response, over the host's (a different Content-Security-Policy, say);
 * `pages` are HTML pages served beside the files, by name (a test's own host page, say);
 * `port` 0 takes any free one.
 */
export async function serveDirectory(root, { host = false, headers = {}, prefix = '/', pages = {}, port = 0 } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const inside = path.slice(prefix.length);
    if (Object.hasOwn(pages, inside)) {
      const own = host ? hostHeaders(inside) : {};
      response.writeHead(200, { ...own, 'content-type': TYPES['.html'], ...headers }).end(pages[inside]);
      return;
    }
    const file = normalize(join(root, inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside));
    if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const chosen = await chooseFile(file, request, host);
      const body = await readFile(chosen.path);
      response.writeHead(200, { ...chosen.headers, 'content-length': body.length, ...headers });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ready);
  });
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  return { url, close: () => new Promise((done) => server.close(done)) };
}

/**
 * `python3 -m http.server` serving `dir` on a free port of 127.0.0.1: the plainest host there
 * is. Resolves once it answers; `close` stops it by its process id.
 */
export async function servePython(dir) {
  const python = spawn('python3', ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '0', '--directory', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // It logs every request on stderr: kept quiet, but the end of it says why it failed to start.
  let log = '';
  python.stderr.on('data', (data) => {
    log = (log + data).slice(-2000);
  });
  const close = async () => {
    if (python.exitCode === null) process.kill(python.pid);
  };
  try {
    const port = await new Promise((found, fail) => {
      python.once('error', fail);
      python.once('exit', (code) => fail(new Error(`python3 -m http.server exited with ${code}: ${log}`)));
      let printed = '';
      python.stdout.on('data', (data) => {
        printed += data;
        const announced = /port (\d+)/.exec(printed);
        if (announced) found(announced[1]);
      });
    });
    const url = `http://127.0.0.1:${port}/`;
    // It prints its port once listening; one answered request shows it is serving.
    const answer = await fetch(url);
    await answer.arrayBuffer();
    return { url, close };
  } catch (error) {
    await close();
    throw error;
  }
}

// As a command: `node xtask/server.mjs DIR PORT`, host mode, until stopped.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, port] = process.argv.slice(2);
  if (!dir || !/^\d+$/.test(port ?? '')) {
    console.error('usage: node xtask/server.mjs DIR PORT');
    process.exit(2);
  }
  const { url } = await serveDirectory(resolve(dir), { host: true, port: Number(port) });
  // Ctrl-C is how this server is meant to stop: a normal end, not a failure.
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(0));
  console.log(`serving ${dir} on ${url} as a host serves it (precompressed files, cache headers, strict CSP); Ctrl-C stops`);
}
