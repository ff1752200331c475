// Hosting the bundle: sub-paths, a plain Python file server, no network, served as a host
// serves it (compressed, under a strict Content-Security-Policy), the iframe and host-page embeddings, hostile seeds, hostile
// addresses, and a second build that must be byte for byte the first. What a reader is told
// when the explorer cannot start is in failures.test.mjs.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serveDirectory, servePython } from '../../xtask/server.mjs';
import { axeViolations, launchBrowser, openPage, waitForReady } from './browser.mjs';
import { crossOriginPolicy } from './readme.mjs';

const project = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const dist = project('dist');
// Built by `cargo xtask test` beside dist/ (xtask/src/test.rs).
const hostileDist = project('target/e2e/hostile');
const secondDist = project('target/e2e/second');

let browser;
// Each test's page and server, closed after it (page first, so no request meets a closed port).
let session;
let server;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

afterEach(async () => {
  const problems = session?.problems ?? [];
  await session?.close();
  await server?.close();
  session = undefined;
  server = undefined;
  assert.deepEqual(problems, []);
});

/** Serves `root` (with `options` for serveDirectory) and opens a fresh page on it. */
async function serve(root, options) {
  server = await serveDirectory(root, options);
  session = await openPage(browser);
  return { url: server.url, page: session.page };
}

const heading = (page) => page.locator('.interpol-explorer h1').first().textContent();

/** Two views and their headings, shown between addresses so that a page that kept the view
 * before it cannot pass for the next one. */
const ABOUT = ['#/about', 'About this explorer'];
const SOURCES = ['#/sources', 'Sources'];

test('the bundle works under a sub-path of a plain static server', async () => {
  const { url, page } = await serve(dist, { prefix: '/tools/explorer/' });
  assert.equal(url.endsWith('/tools/explorer/'), true);
  await page.goto(`${url}#/countries`);
  await waitForReady(page);
  await page.getByRole('link', { name: 'Spain' }).click();
  await page.getByRole('heading', { level: 1, name: 'Spain' }).waitFor();
  // The same page by its file name, and a deep link.
  await page.goto(`${url}index.html#/operations/liberterra-ii-2024`);
  await waitForReady(page);
  assert.equal(await heading(page), 'Operation Liberterra II');
  // The whole dataset is a file the build wrote beside the app, found under the sub-path.
  const download = page.getByRole('link', { name: 'Download the whole dataset (JSON)' });
  assert.equal(await download.evaluate((a) => a.href), `${url}dataset.json`);
  const dataset = await page.evaluate((address) => fetch(address).then((response) => response.json()), `${url}dataset.json`);
  assert.equal(dataset.documents.length, 5);
});

test('python3 -m http.server serving dist/ serves a working explorer', async () => {
  server = await servePython(dist);
  session = await openPage(browser);
  const { page } = session;
  await page.goto(`${server.url}#/operations/turquesa-ii-2020`);
  await waitForReady(page);
  assert.equal(await heading(page), 'Operation Turquesa II');
  await page.getByRole('link', { name: 'Countries' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Countries' }).waitFor();
});

/**
 * Runs in the page: the selectors of the app's stylesheet (style.css; page.css styles the
 * explorer's own page only) that do not name the app's root, so would reach a host page.
 */
function unscopedSelectors() {
  const sheet = [...document.styleSheets].find((s) => /\/style-[^/]*\.css$/.test(s.href ?? ''));
  if (!sheet) return ['no style.css in the page'];
  // Selectors split at their own commas, not those inside :is(...) or :not(...).
  const selectors = (text) => {
    const parts = [''];
    let depth = 0;
    for (const c of text) {
      depth += c === '(' ? 1 : c === ')' ? -1 : 0;
      if (c === ',' && depth === 0) parts.push('');
      else parts[parts.length - 1] += c;
    }
    return parts.map((part) => part.trim());
  };
  const unscoped = [];
  const walk = (rules) => {
    for (const rule of rules) {
      if (rule.selectorText !== undefined) {
        unscoped.push(...selectors(rule.selectorText).filter((selector) => !selector.includes('.interpol-explorer')));
      }
      if (rule.cssRules) walk(rule.cssRules);
    }
  };
  walk(sheet.cssRules);
  return unscoped;
}

test('every route renders with the network off once the bundle has loaded, every id it sets prefixed', async () => {
  const { url, page } = await serve(dist);
  await page.goto(`${url}#/operations`);
  await waitForReady(page);
  // Every rule of the app's stylesheet names its root, so none reaches a host page.
  assert.deepEqual(await page.evaluate(unscopedSelectors), []);
  const links = async (hash, prefix) => {
    await page.evaluate((h) => (location.hash = h), hash);
    await page.locator(`a[href^="${prefix}"]`).first().waitFor();
    return page.locator(`.content a[href^="${prefix}"]`).evaluateAll((all) => all.map((a) => a.getAttribute('href')));
  };
  const routes = new Set([
    '#/', '#/map', '#/map?series=weka', '#/timeline', '#/timeline?figure=participants', '#/operations', '#/cases',
    '#/cases?theme=forced_labour',
    '#/countries', '#/countries?tab=matrix',
    '#/sources', '#/about', '#/nowhere',
    ...(await links('#/operations', '#/operations/')),
    ...(await links('#/countries', '#/countries/')),
    ...(await links('#/sources', '#/sources/')),
  ]);
  // 6 operations, 60 or more countries, 5 sources, and the sections.
  assert.ok(routes.size > 70, `${routes.size} routes`);
  const requests = [];
  page.on('request', (request) => !request.url().startsWith('data:') && requests.push(request.url()));
  await page.context().setOffline(true);
  for (const route of routes) {
    // From a view with another heading, so that the heading read is the new view's, not the
    // one the page showed before.
    const [via, before] = route === ABOUT[0] ? SOURCES : ABOUT;
    await page.evaluate((h) => (location.hash = h), via);
    await page.getByRole('heading', { level: 1, name: before, exact: true }).waitFor();
    await page.evaluate((h) => (location.hash = h), route);
    await page.waitForFunction(
      ([path, previous]) => {
        const h1 = document.querySelector('.interpol-explorer h1');
        return h1 && h1.textContent !== previous && location.hash === path;
      },
      [route, before],
    );
    const title = await heading(page);
    assert.equal(/not found/i.test(title), route === '#/nowhere', `${route}: ${title}`);
    // Every id the app sets starts with its prefix, so none collides with a host page's.
    const foreign = await page.evaluate(() =>
      [...document.querySelectorAll('.interpol-explorer [id], .interpol-explorer[id]')]
        .map((element) => element.id)
        .filter((id) => !id.startsWith('interpol-explorer-')),
    );
    assert.deepEqual(foreign, [], route);
  }
  assert.deepEqual(requests, []);
});

/** Records every policy violation in every frame of the page, from before its first script. */
async function recordViolations(page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test('served as a host serves it (compressed, strict Content-Security-Policy), nothing is refused', async () => {
  const { url, page } = await serve(dist, { host: true });
  await recordViolations(page);
  // What the browser received for the wasm: the brotli copy, as WebAssembly.
  const wasm = [];
  page.on('response', (response) => response.url().endsWith('_bg.wasm') && wasm.push(response));
  const hashes = ['#/map', '#/timeline', '#/operations?q=cote', '#/operations/liberterra-ii-2024', '#/cases?theme=forced_labour',
    '#/countries?tab=matrix', '#/sources/weka-ii-2022.txt', '#/timeline?figure=victims_rescued'];
  for (const hash of hashes) {
    await page.goto(`${url}${hash}`);
    await waitForReady(page);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], hash);
  }
  // The example host page, with both embeddings, under the same policy.
  await page.goto(`${url}embed-example.html`);
  await waitForReady(page);
  const frame = page.frameLocator('#explorer-frame');
  await frame.getByRole('heading', { level: 1, name: 'Operations' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(await page.frames()[1].evaluate(() => window.cspViolations), []);
  assert.ok(wasm.length > 0, 'the wasm was fetched');
  for (const response of wasm) {
    const headers = await response.allHeaders();
    assert.equal(headers['content-encoding'], 'br', response.url());
    assert.equal(headers['content-type'], 'application/wasm', response.url());
  }
});

test('the iframe embedding: a compact bar, a link out, and a height that follows the content', async () => {
  const { url, page } = await serve(dist);
  await page.goto(`${url}embed-example.html`);
  const frame = page.frameLocator('#explorer-frame');
  await frame.getByRole('heading', { level: 1, name: 'Operations' }).waitFor();
  const open = frame.getByRole('link', { name: 'Open in full page (new tab)' });
  assert.equal(await open.getAttribute('href'), `${url}index.html#/operations`);
  assert.equal(await open.getAttribute('target'), '_blank');
  // The host sized the iframe to the explorer's content, and does again after a route change.
  const fits = () => page.waitForFunction(() => {
    const iframe = document.getElementById('explorer-frame');
    const content = iframe.contentDocument.documentElement.offsetHeight;
    return content > 200 && iframe.getBoundingClientRect().height === content + 2; // + its 1px border
  });
  await fits();
  const tall = await page.locator('#explorer-frame').evaluate((f) => f.offsetHeight);
  await frame.getByRole('link', { name: 'About', exact: true }).click();
  await frame.getByRole('heading', { level: 1, name: 'About this explorer' }).waitFor();
  await fits();
  const short = await page.locator('#explorer-frame').evaluate((f) => f.offsetHeight);
  assert.ok(short < tall, `${short} < ${tall}`);
  // The explorer inside the iframe keeps its view in its own address, not the host's.
  assert.equal(new URL(page.url()).hash, '');
});

/** The top of `selector`'s box, in the host window's viewport. */
const topOf = (page, selector) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().top);

test('a link followed far down the iframe brings the iframe\'s top back into sight', async () => {
  const { url, page } = await serve(dist);
  await page.goto(`${url}embed-example.html`);
  const frame = page.frameLocator('#explorer-frame');
  await frame.getByRole('heading', { level: 1, name: 'Operations' }).waitFor();
  await frame.getByRole('link', { name: 'Sources' }).click();
  await frame.getByRole('heading', { level: 1, name: 'Sources' }).waitFor();
  // The last release of the list, low in the iframe, the iframe's top scrolled out of sight.
  const release = frame.locator('main li a').last();
  await release.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  assert.ok((await topOf(page, '#explorer-frame')) < 0, 'the iframe starts above the window');
  // The list names a release by its headline; its address is the file's.
  const address = await release.getAttribute('href');
  assert.match(address, /^#\/sources\/.+\.txt$/);
  await release.click();
  // The release's page, titled by its headline where it has one, by its file name otherwise.
  await frame.locator('main pre.source-text').waitFor();
  assert.ok(page.frames()[1].url().endsWith(address), page.frames()[1].url());
  await page.waitForFunction(() => Math.abs(document.getElementById('explorer-frame').getBoundingClientRect().top) < 1);
  const focused = await page.frames()[1].evaluate(() => document.activeElement.outerHTML);
  assert.match(focused, /^<h1 tabindex="-1">/);
});

test('a change of view brings a mounted explorer\'s top back into sight, and leaves the host\'s title', async () => {
  const { url, page } = await serve(dist);
  await page.goto(`${url}embed-example.html`);
  await waitForReady(page);
  const title = await page.title();
  const mounted = page.locator('#mounted');
  await mounted.getByRole('link', { name: 'Spain', exact: true }).click();
  await mounted.getByRole('heading', { level: 1, name: 'Spain' }).waitFor();
  // Down to Spain's last case, the explorer's top out of sight; its operation's page is long.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  assert.ok((await topOf(page, '#mounted .interpol-explorer')) < 0, 'the explorer starts above the window');
  const last = mounted.locator('h3 a').last();
  const operation = await last.textContent();
  await last.click();
  await mounted.getByRole('heading', { level: 1, name: operation }).waitFor();
  assert.ok(Math.abs(await topOf(page, '#mounted .interpol-explorer')) < 1);
  assert.equal(await mounted.locator('h1').evaluate((h1) => document.activeElement === h1), true);
  assert.equal(await page.title(), title);
});

test('an embedded explorer takes the theme its host asks for', async () => {
  const { url, page } = await serve(dist);
  const background = () => page.locator('.interpol-explorer').evaluate((e) => getComputedStyle(e).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${url}index.html?embed=1&theme=dark#/about`);
  await waitForReady(page);
  assert.equal(await background(), 'rgb(18, 20, 23)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${url}index.html?embed=1&theme=light#/about`);
  await waitForReady(page);
  assert.equal(await background(), 'rgb(255, 255, 255)');
});

test("a host page on another origin mounts the explorer with README's CORS line and policy", async () => {
  const { explorerOrigin, policy } = await crossOriginPolicy();
  // The host page on one port, filled in once the explorer's port is known; an empty icon of
  // its own, which the policy allows ('self'), spares a request that would fail.
  const portal = { pages: { 'favicon.ico': '' }, headers: {} };
  const host = await serveDirectory(dist, portal);
  try {
    // The explorer on another port (another origin), letting the host's origin read its files.
    const { url, page } = await serve(dist, { host: true, headers: { 'access-control-allow-origin': new URL(host.url).origin } });
    portal.headers['content-security-policy'] = policy.replaceAll(explorerOrigin, new URL(url).origin);
    portal.pages['portal.html'] = '<!doctype html><html lang="en"><head><title>Portal</title></head>' +
      `<body><div data-interpol-explorer data-view="/countries/ES"></div><script type="module" src="${url}embed.js"></script></body></html>`;
    await page.goto(`${host.url}portal.html`);
    await page.locator('[data-interpol-explorer]').getByRole('heading', { level: 1, name: 'Spain' }).waitFor();
  } finally {
    // The page first, so that no request meets a closed port; its problems are checked after.
    await session?.close();
    await host.close();
  }
});

test("a mounted explorer takes its host page's colour scheme when it names no theme", async () => {
  // A host page in dark colours on a reader's light system.
  const host = '<!doctype html><html lang="en" style="color-scheme: dark"><head><title>Host</title>' +
    '<link rel="icon" href="data:,"></head>' +
    '<body><div data-interpol-explorer data-view="/about"></div><script type="module" src="embed.js"></script></body></html>';
  const { url, page } = await serve(dist, { pages: { 'dark-host.html': host } });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${url}dark-host.html`);
  await waitForReady(page);
  const root = page.locator('.interpol-explorer');
  assert.equal(await root.getAttribute('data-theme'), 'dark');
  assert.equal(await root.evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(18, 20, 23)');
});

test('a host page may start the mounted explorer at a view with its filters in the address', async () => {
  const host = '<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head>' +
    '<body><div data-interpol-explorer data-view="/cases?theme=forced_labour"></div>' +
    '<script type="module" src="embed.js"></script></body></html>';
  const { url, page } = await serve(dist, { pages: { 'filtered-host.html': host } });
  await page.goto(`${url}filtered-host.html`);
  await waitForReady(page);
  const root = page.locator('[data-interpol-explorer]');
  await root.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
  // The theme chosen in the address is the filter on screen, and the host's address is untouched.
  assert.ok((await root.locator('.chips').textContent()).includes('forced labour'));
  assert.equal(new URL(page.url()).hash, '');
});

test("a mounted explorer's sizes do not follow the host page's root font size", async () => {
  // The example host sets its root font size to 24px; on a phone the explorer's search box
  // and its filters still fit the screen, and its text is the reader's default size.
  const { url, page } = await serve(dist);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${url}embed-example.html`);
  await waitForReady(page);
  const mounted = page.locator('#mounted');
  await mounted.getByRole('heading', { level: 1, name: 'Countries' }).waitFor();
  await mounted.locator('button.filters-toggle').click();
  const search = await mounted.locator('input[type=search]').boundingBox();
  assert.ok(search.x >= 0 && search.x + search.width <= 390, JSON.stringify(search));
  assert.equal(await mounted.locator('.interpol-explorer').evaluate((e) => getComputedStyle(e).fontSize), '16px');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
});

test('the host-page mount keeps the host address and its styles apart from the host', async () => {
  const { url, page } = await serve(dist);
  await page.goto(`${url}embed-example.html`);
  await waitForReady(page);
  const mounted = page.locator('#mounted');
  await mounted.getByRole('heading', { level: 1, name: 'Countries' }).waitFor();
  // In-app links lead to the explorer's own page for a new tab, but a click stays in place.
  const spain = mounted.getByRole('link', { name: 'Spain', exact: true });
  assert.equal(await spain.getAttribute('href'), `${url}index.html#/countries/ES`);
  // The dataset's file is named from the explorer's folder, which embed.js gives, not the host page's.
  const download = mounted.getByRole('link', { name: 'Download the whole dataset (JSON)' });
  assert.equal(await download.getAttribute('href'), `${url}dataset.json`);
  const steps = await page.evaluate(() => history.length);
  await spain.click();
  await mounted.getByRole('heading', { level: 1, name: 'Spain' }).waitFor();
  assert.equal(page.url(), `${url}embed-example.html`);
  assert.equal(await page.evaluate(() => history.length), steps, 'no entry added to the host page\'s history');

  const style = (locator, property) => locator.evaluate((e, p) => getComputedStyle(e)[p], property);
  // The host's loud rules (embed-example.css) stay out of the explorer...
  const root = mounted.locator('.interpol-explorer');
  assert.doesNotMatch(await style(root, 'fontFamily'), /Georgia/);
  assert.equal(await style(root, 'letterSpacing'), 'normal');
  assert.equal(await style(root, 'fontSize'), '16px');
  assert.notEqual(await style(mounted.locator('.content a').first(), 'color'), 'rgb(0, 128, 0)');
  assert.notEqual(await style(mounted.locator('p').first(), 'marginTop'), '36px');
  assert.notEqual(await style(mounted.locator('h1'), 'color'), 'rgb(122, 31, 31)');
  // ...and the explorer's rules stay out of the host's content.
  assert.equal(await style(page.locator('.host-text a'), 'color'), 'rgb(0, 128, 0)');
  assert.equal(await style(page.locator('.host-table td'), 'borderTopStyle'), 'double');
  assert.notEqual(await style(page.locator('.host-table caption'), 'textAlign'), 'left');
  assert.equal(await style(page.locator('.host-text'), 'marginTop'), '36px');
  assert.deepEqual(await axeViolations(page), []);
});

test('a press release full of HTML and script, built through the real pipeline, renders as inert text', async () => {
  const { url, page } = await serve(hostileDist);
  page.on('dialog', (dialog) => session.problems.push(`dialog: ${dialog.message()}`));
  for (const hash of ['#/timeline', '#/operations/mirage', '#/sources', '#/sources/mirage.txt', '#/countries/ES']) {
    await page.goto(`${url}${hash}`);
    await waitForReady(page);
    await page.locator('.interpol-explorer h1').waitFor();
    assert.equal(await page.evaluate(() => window.hostileRan), undefined, hash);
    const injected = '.interpol-explorer :is(script, img, b, i, [onerror], [href^="javascript:"])';
    assert.equal(await page.locator(injected).count(), 0, hash);
  }
  // The release is shown as written, markup and all, as text.
  const text = await page.goto(`${url}#/sources/mirage.txt`).then(() => page.locator('pre.source-text').textContent());
  assert.match(text, /Operation Mirage <script>window\.hostileRan = "script";<\/script>/);
  assert.match(text, /<a href="javascript:window\.hostileRan='link'">job offers<\/a> & "<b>fake visas<\/b>"/);
  await page.goto(`${url}#/sources`);
  await page.getByText("Lyon\"><script>window.hostileRan = 'manifest'</script>").first().waitFor();
});

/** A small deterministic generator (mulberry32), so that a failure names a reproducible case. */
function generator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (items) => items[Math.floor(next() * items.length)];
  return { next, pick };
}

const PATHS = ['', '/', '/timeline', '/operations', '/operations/', '/countries', '/countries/', '/sources',
  '/sources/', '/about', '/nowhere', '//', '/operations/liberterra-ii-2024', '/countries/ES', '/sources/weka-ii-2022.txt'];
const KEYS = ['q', 'from', 'to', 'country', 'region', 'theme', 'metric', 'organisation', 'tab', 'figure', 'sort', ''];
const PIECES = ['a', 'ES', '2020', '-1', '99999999999', '%', '%zz', '%E2%82', '%00', '%2F', '..', '/', '?', '&', '=',
  '#', ' ', '+', 'é', '😀', '<script>', '"', "'", '\\', 'cote', 'forced_labour', 'africa', 'matrix', 'null'];

function randomHash(random) {
  const piece = () => Array.from({ length: Math.floor(random.next() * 4) }, () => random.pick(PIECES)).join('');
  let hash = `#${random.pick(PATHS)}${random.next() < 0.4 ? piece() : ''}`;
  if (random.next() < 0.7) {
    const pairs = Array.from({ length: 1 + Math.floor(random.next() * 4) }, () => `${random.pick(KEYS)}=${piece()}`);
    hash += `?${pairs.join('&')}`;
  }
  return random.next() < 0.05 ? hash + piece().repeat(200) : hash;
}

const FUZZ_SEED = 20261123;
const FUZZ_COUNT = 2000;

test(`${FUZZ_COUNT} generated addresses (seed ${FUZZ_SEED}) never break the app`, async () => {
  const { url, page } = await serve(dist);
  await page.goto(url);
  await waitForReady(page);
  const random = generator(FUZZ_SEED);
  const hashes = Array.from({ length: FUZZ_COUNT }, () => randomHash(random));
  // Each address in turn, in the page, after the about view: every one must lead to a view
  // with a heading of its own. One that still shows the about view's heading is tried again
  // after the sources view: an address of the about view shows its heading both times, a page
  // that no longer follows its address shows the heading of the view before it.
  const failures = await page.evaluate(
    async ({ all, about, sources }) => {
      const settled = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const heading = () => document.querySelector('.interpol-explorer h1')?.textContent;
      /**
       * The heading `hash` shows after the view `[from, title]`, waiting `patience` frames for
       * a change; `null` when the view `from` no longer shows.
       */
      const after = async ([from, title], hash, patience) => {
        location.hash = from;
        for (let frames = 0; heading() !== title; frames += 1) {
          if (frames > 100) return null;
          await settled();
        }
        location.hash = hash;
        await settled();
        for (let frames = 0; heading() === title && frames < patience; frames += 1) await settled();
        return heading();
      };
      const found = [];
      for (const hash of all) {
        const first = await after(about, hash, 2);
        if (first === null) return [...found, `${about[0]} no longer shows after ${hash}`];
        if (first === undefined) found.push(`${hash}: no heading after ${about[0]}`);
        if (first !== about[1]) continue;
        const second = await after(sources, hash, 30);
        if (second === null) return [...found, `${sources[0]} no longer shows after ${hash}`];
        if (second === undefined || second === sources[1]) {
          found.push(`${hash}: “${first}” after ${about[0]}, “${second}” after ${sources[0]}`);
        }
      }
      return found;
    },
    { all: hashes, about: ABOUT, sources: SOURCES },
  );
  assert.deepEqual(failures, []);
  // Still alive (a panic would have stopped the app, and the guard would hold its error).
  await page.evaluate(() => (location.hash = '#/about'));
  await page.getByRole('heading', { level: 1, name: 'About this explorer' }).waitFor();
});

test('unknown routes and values are named and fall back', async () => {
  const { url, page } = await serve(dist);
  const cases = [
    ['#/nowhere', 'Page not found', /does not lead to a view/],
    ['#/operations/no-such-operation', 'Operation not found', /See all operations/],
    ['#/countries/ZZ', 'Country not found', /See all countries/],
    ['#/sources/%3Cscript%3E.txt', 'Source not found', /See all sources/],
    ['#/operations?from=soon&colour=red', 'Operations', /Ignored in the address: from=soon, colour=red/],
    ['#/timeline?figure=%3Cb%3E', 'Timeline', /Ignored in the address: figure=%3Cb%3E; comparing arrests\./],
  ];
  for (const [hash, title, notice] of cases) {
    await page.goto(`${url}${hash}`);
    await waitForReady(page);
    assert.equal(await heading(page), title, hash);
    assert.match(await page.locator('.content').textContent(), notice, hash);
  }
});

test('two builds from the same seeds are byte for byte the same', async () => {
  const files = async (dir) => (await readdir(dir)).sort();
  const [first, second] = [await files(dist), await files(secondDist)];
  assert.deepEqual(second, first);
  assert.ok(first.some((name) => name.endsWith('_bg.wasm')), 'the wasm module with its embedded dataset');
  for (const name of first) {
    const same = (await readFile(join(dist, name))).equals(await readFile(join(secondDist, name)));
    assert.ok(same, `${name} differs between the two builds`);
  }
});
