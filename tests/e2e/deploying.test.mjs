// Deploying the bundle as a host would: the precompressed copies `cargo xtask build` writes
// beside its files, the host mode of xtask/server.mjs that serves them (the encoding a request
// accepts, cache headers, the strict policy), and README's server configurations, which must
// send the very policy the tests run under.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { IMMUTABLE, STRICT_CSP, acceptedEncodings, serveDirectory } from '../../xtask/server.mjs';
import { crossOriginPolicy, snippet } from './readme.mjs';

const project = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const dist = project('dist');

/** The extensions the build compresses (xtask/src/compress.rs). */
const COMPRESSED = ['.html', '.js', '.css', '.wasm', '.json', '.svg', '.txt'];
const isCompressed = (name) => COMPRESSED.some((extension) => name.endsWith(extension));

/** A GET with the request headers given; the body as sent, never decoded. */
function fetchRaw(url, headers = {}) {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const names = async () => (await readdir(dist)).sort();
const file = (name) => readFile(join(dist, name));

test('the build left a .br and a .gz beside each text and wasm file, each decoding to it', async () => {
  const all = await names();
  const originals = all.filter(isCompressed);
  // The page, both loaders, the glue, the wasm and the styles at least.
  for (const expected of [/^index\.html$/, /^embed\.js$/, /^start-[0-9a-f]+\.js$/, /^explorer-[0-9a-f]+\.js$/,
    /^explorer-[0-9a-f]+_bg\.wasm$/, /^style-[0-9a-f]+\.css$/]) {
    assert.ok(originals.some((name) => expected.test(name)), `${expected} among ${originals}`);
  }
  for (const name of originals) {
    const plain = await file(name);
    assert.ok(brotliDecompressSync(await file(`${name}.br`)).equals(plain), `${name}.br`);
    assert.ok(gunzipSync(await file(`${name}.gz`)).equals(plain), `${name}.gz`);
  }
  // Every other file is a copy of one of those, and none is a copy of a copy.
  const copies = all.filter((name) => !isCompressed(name));
  assert.deepEqual(copies, originals.flatMap((name) => [`${name}.br`, `${name}.gz`]).sort());
});

test("an Accept-Encoding header's weights decide which encodings it allows", () => {
  const allowed = (header) => [...acceptedEncodings(header)].sort();
  assert.deepEqual(allowed('gzip, deflate, br, zstd'), ['br', 'gzip']);
  assert.deepEqual(allowed('gzip;q=1.0, br;q=0'), ['gzip']);
  assert.deepEqual(allowed('BR ; q=0.5'), ['br']);
  assert.deepEqual(allowed('*'), ['br', 'gzip']);
  assert.deepEqual(allowed('*, gzip;q=0'), ['br']);
  assert.deepEqual(allowed('identity'), []);
  assert.deepEqual(allowed(undefined), []);
});

describe('host mode', () => {
  let server;
  let wasmName;
  before(async () => {
    server = await serveDirectory(dist, { host: true });
    wasmName = (await names()).find((name) => name.endsWith('_bg.wasm'));
  });
  after(() => server?.close());

  test('a browser that takes brotli gets the wasm\'s .br, which decodes to the wasm', async () => {
    const response = await fetchRaw(`${server.url}${wasmName}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    assert.equal(response.status, 200);
    assert.ok(response.body.equals(await file(`${wasmName}.br`)), 'the .br file, byte for byte');
    assert.ok(brotliDecompressSync(response.body).equals(await file(wasmName)), 'decodes to the wasm');
    assert.equal(response.headers['content-encoding'], 'br');
    assert.equal(response.headers['content-type'], 'application/wasm');
    assert.equal(response.headers['cache-control'], IMMUTABLE);
    assert.equal(response.headers.vary, 'Accept-Encoding');
    assert.equal(response.headers['content-length'], String(response.body.length));
    assert.equal(response.headers['content-security-policy'], STRICT_CSP);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    // Smaller than the wasm by far: this is what compression is for.
    assert.ok(response.body.length < (await file(wasmName)).length / 2);
  });

  test('gzip only gets the .gz; no encoding, or br refused, gets the plain file', async () => {
    const gzip = await fetchRaw(`${server.url}${wasmName}`, { 'accept-encoding': 'gzip' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.ok(gzip.body.equals(await file(`${wasmName}.gz`)));
    assert.ok(gunzipSync(gzip.body).equals(await file(wasmName)));
    assert.equal(gzip.headers['content-type'], 'application/wasm');
    const refused = await fetchRaw(`${server.url}${wasmName}`, { 'accept-encoding': 'br;q=0, gzip;q=0.5' });
    assert.equal(refused.headers['content-encoding'], 'gzip');
    for (const headers of [{}, { 'accept-encoding': 'identity' }]) {
      const plain = await fetchRaw(`${server.url}${wasmName}`, headers);
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.ok(plain.body.equals(await file(wasmName)));
      assert.equal(plain.headers.vary, 'Accept-Encoding');
      assert.equal(plain.headers['cache-control'], IMMUTABLE);
    }
  });

  test('the unhashed files are revalidated, the hashed ones cached for good', async () => {
    const br = { 'accept-encoding': 'br' };
    for (const path of ['', 'index.html', 'embed.js', 'embed-example.html', 'embed-example.js', 'embed-example.css']) {
      const response = await fetchRaw(`${server.url}${path}`, br);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers['cache-control'], 'no-cache', path);
      assert.equal(response.headers['content-encoding'], 'br', path);
    }
    const index = await fetchRaw(server.url, br);
    assert.equal(index.headers['content-type'], 'text/html; charset=utf-8');
    assert.ok(brotliDecompressSync(index.body).equals(await file('index.html')));
    const hashed = (await names()).filter((name) => /-[0-9a-f]{12,16}(_bg)?\.(js|css|wasm)$/.test(name));
    assert.ok(hashed.length >= 5, `${hashed}`);
    for (const name of hashed) {
      assert.equal((await fetchRaw(`${server.url}${name}`, br)).headers['cache-control'], IMMUTABLE, name);
    }
  });

  test('a .br or .gz asked for by name is sent as it is, not as an encoding', async () => {
    for (const copy of [`${wasmName}.br`, 'index.html.gz']) {
      const response = await fetchRaw(`${server.url}${copy}`, { 'accept-encoding': 'gzip, br' });
      assert.equal(response.status, 200, copy);
      assert.equal(response.headers['content-encoding'], undefined, copy);
      assert.ok(response.body.equals(await file(copy)), copy);
    }
    assert.equal((await fetchRaw(`${server.url}nothing.js`, { 'accept-encoding': 'br' })).status, 404);
  });
});

test('plain mode sends every file as it is, like python3 -m http.server', async () => {
  const server = await serveDirectory(dist);
  try {
    const response = await fetchRaw(server.url, { 'accept-encoding': 'gzip, br' });
    assert.equal(response.headers['content-encoding'], undefined);
    assert.ok(response.body.equals(await file('index.html')));
    for (const header of ['cache-control', 'content-security-policy', 'vary']) {
      assert.equal(response.headers[header], undefined, header);
    }
  } finally {
    await server.close();
  }
});

for (const server of ['nginx', 'Apache', 'Caddy']) {
  test(`README's ${server} configuration sends the policy the tests run under, and the cache rules`, async () => {
    const text = await snippet(server);
    // Every Content-Security-Policy the snippet sets is exactly the one the tests check.
    const policies = [...text.matchAll(/Content-Security-Policy\s+"([^"]*)"/g)].map((match) => match[1]);
    assert.ok(policies.length > 0, 'sets a Content-Security-Policy');
    for (const policy of policies) assert.equal(policy, STRICT_CSP);
    for (const needed of ['public, max-age=31536000, immutable', 'no-cache', 'application/wasm', 'nosniff']) {
      assert.ok(text.includes(needed), `${server}: ${needed}`);
    }
  });
}

test("README's nginx location is a ^~ prefix, so that the server's regex locations leave the explorer's files alone", async () => {
  assert.match(await snippet('nginx'), /^location \^~ \/tools\/explorer\/ \{$/m);
});

test('the policy the server sends lets only the explorer\'s own site frame it', () => {
  assert.match(STRICT_CSP, /; frame-ancestors 'self'$/);
});

/** README's Deploying section, up to Serving it compressed. */
async function deployingSection() {
  const readme = await readFile(project('README.md'), 'utf8');
  return readme.slice(readme.indexOf('## Deploying'), readme.indexOf('### Serving it compressed'));
}

test("README's Python server listens on 127.0.0.1 only, as the tests' does", async () => {
  const command = /`cd dist && (python3 -m http\.server [^`]*)`/.exec(await deployingSection());
  assert.ok(command, 'README names the Python command');
  assert.equal(command[1], 'python3 -m http.server 8000 --bind 127.0.0.1');
});

for (const server of ['nginx', 'Apache', 'Caddy']) {
  test(`README's ${server} configuration has the CORS line for the host origin README names`, async () => {
    const { hostOrigin } = await crossOriginPolicy();
    assert.ok((await snippet(server)).includes(`Access-Control-Allow-Origin "${hostOrigin}"`), server);
  });
}
