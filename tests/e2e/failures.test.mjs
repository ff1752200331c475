// When the explorer cannot start, each failure says what happened, in the same words in the
// own page, an iframe (which also reports its new height to its host) and a host-page mount;
// and a normal load logs nothing at all.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { STRICT_CSP, serveDirectory } from '../../xtask/server.mjs';
import { launchBrowser, waitForReady } from './browser.mjs';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const names = await readdir(dist);
const wasm = names.find((name) => name.endsWith('_bg.wasm'));
const start = names.find((name) => /^start-[0-9a-f]+\.js$/.test(name));
const glue = names.find((name) => /^explorer-[0-9a-f]+\.js$/.test(name));

/** Said under a failure in the own page and the iframe, which keep the static summary. */
const SUMMARY = ' Below is a summary of the data.';
/** Said before a failure in a host page, where the element holds that line alone. */
const MOUNTED = 'The INTERPOL operations explorer could not start. ';

/** A host page with both embeddings; its listener (added by the test) keeps the heights. */
const HOST = '<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>' +
  '<iframe id="frame" src="index.html?embed=1" title="Explorer"></iframe><div data-interpol-explorer></div>' +
  '<script type="module" src="embed.js"></script></body></html>';

let browser;
let server;
let context;
let copy;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

afterEach(async () => {
  await context?.close();
  await server?.close();
  if (copy) await rm(copy, { recursive: true, force: true });
  context = server = copy = undefined;
});

/** A copy of dist/ to break, with `change` applied to it. */
async function brokenCopy(change) {
  copy = await mkdtemp(join(tmpdir(), 'explorer-broken-'));
  await cp(dist, copy, { recursive: true });
  // The precompressed copies would still be the unbroken files.
  for (const name of await readdir(copy)) {
    if (/\.(br|gz)$/.test(name)) await rm(join(copy, name));
  }
  await change(copy);
  return copy;
}

/** A page in a fresh context, with `prepare` run in every frame before its scripts. */
async function newPage(prepare) {
  context = await browser.newContext();
  const page = await context.newPage();
  if (prepare) await page.addInitScript(prepare);
  // The host page's record of the heights its iframe reports.
  await page.addInitScript(() => {
    if (window !== window.top) return;
    window.heights = [];
    addEventListener('message', (event) => {
      if (event.data?.type === 'interpol-explorer:height') window.heights.push(event.data.height);
    });
  });
  return page;
}

/**
 * Serves `root` (with `options`) and checks that `reason` (or what it gives for the server's
 * address) is said in the own page and in the
 * iframe, which reports a height that shows the whole page, and, unless `mounted` is false, in
 * a host-page mount.
 */
async function saidEverywhere(root, reason, { options = {}, prepare, mounted = true } = {}) {
  server = await serveDirectory(root, { ...options, pages: { 'host.html': HOST } });
  if (typeof reason === 'function') reason = reason(server.url);
  const page = await newPage(prepare);
  await page.goto(server.url);
  const notice = page.locator('[data-static-summary] > p.notice');
  await notice.waitFor();
  assert.equal(await notice.textContent(), reason + SUMMARY, 'own page');
  assert.equal(await page.locator('div.interpol-explorer').count(), 0, 'the app did not mount');

  await page.goto(`${server.url}host.html`);
  const frame = page.frameLocator('#frame');
  await frame.locator('[data-static-summary] > p.notice').waitFor();
  assert.equal(await frame.locator('[data-static-summary] > p.notice').textContent(), reason + SUMMARY, 'iframe');
  const content = await frame.locator('html').evaluate((html) => html.offsetHeight);
  assert.ok(content > 500, `the summary is ${content} px tall`);
  await page.waitForFunction((height) => window.heights.at(-1) === height, content);
  if (mounted) {
    const alert = page.locator('[data-interpol-explorer] [role=alert]');
    await alert.waitFor();
    assert.equal(await alert.textContent(), MOUNTED + reason, 'host page');
  }
}

test('a wasm changed after the build says so and whom to ask', async () => {
  const root = await brokenCopy(async (dir) => {
    // One letter of a string: the module still compiles, only its hash can tell.
    const bytes = await readFile(join(dir, wasm));
    bytes[bytes.indexOf('Download the whole dataset')] = 'd'.charCodeAt(0);
    await writeFile(join(dir, wasm), bytes);
  });
  await saidEverywhere(
    root,
    `A file of the explorer was changed after it was built (${wasm} does not match its hash), so the browser ` +
      'refused it; ask whoever hosts it.',
  );
});

test('a wasm that cannot be loaded is named with its address and status', async () => {
  const root = await brokenCopy((dir) => rm(join(dir, wasm)));
  await saidEverywhere(root, (url) => `The explorer's file ${url}${wasm} could not be loaded (404 Not Found).`);
});

test('a start script changed after the build says so', async () => {
  const root = await brokenCopy(async (dir) => {
    await writeFile(join(dir, start), `${await readFile(join(dir, start), 'utf8')}\n// changed\n`);
  });
  await saidEverywhere(
    root,
    `A file of the explorer was changed after it was built (${start} or ${glue} does not match its hash), so ` +
      'the browser refused it; ask whoever hosts it.',
    // The host page loads embed.js, which has no hash; the explorer starts there.
    { mounted: false },
  );
});

test('a browser without WebAssembly is told so', async () => {
  await saidEverywhere(dist, 'This browser does not run WebAssembly (or it is switched off), which the explorer needs.', {
    prepare: () => {
      delete window.WebAssembly;
    },
  });
});

test("a policy without 'wasm-unsafe-eval' is named", async () => {
  const policy = STRICT_CSP.replace(" 'wasm-unsafe-eval'", '');
  await saidEverywhere(
    dist,
    "This page's Content-Security-Policy does not allow 'wasm-unsafe-eval', which the explorer needs to run; " +
      'ask whoever hosts it.',
    { options: { host: true, headers: { 'content-security-policy': policy } } },
  );
});

test('a browser without module scripts is told so', async () => {
  server = await serveDirectory(dist, { pages: { 'host.html': HOST } });
  // Such a browser knows nothing of `noModule`, and skips a script of type "module".
  const page = await newPage(() => {
    delete HTMLScriptElement.prototype.noModule;
  });
  await page.route(/index\.html/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('type="module"', 'type="module-unknown"');
    await route.fulfill({ response, body });
  });
  await page.goto(`${server.url}index.html`);
  const notice = page.locator('[data-static-summary] > p.notice');
  await notice.waitFor();
  assert.equal(
    await notice.textContent(),
    'This browser does not run module scripts, which the explorer needs; a current browser does.' + SUMMARY,
  );
});

test('a normal load logs nothing, on the own page, in an iframe and in a host page', async () => {
  server = await serveDirectory(dist, { host: true });
  const page = await newPage();
  const heard = [];
  page.on('console', (message) => heard.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => heard.push(`uncaught: ${error.message}`));
  for (const hash of ['#/timeline', '#/operations', '#/countries/ES', '#/countries?tab=matrix', '#/sources', '#/about']) {
    await page.goto(`${server.url}${hash}`);
    await waitForReady(page);
  }
  await page.goto(`${server.url}embed-example.html`);
  await waitForReady(page);
  await page.frameLocator('#explorer-frame').getByRole('heading', { level: 1, name: 'Operations' }).waitFor();
  // Warnings come a moment after the load (an unused preload, say): give them the time.
  await page.waitForTimeout(3500);
  assert.deepEqual(heard, []);
});
