// The browser half of `cargo xtask bench`: file sizes (raw, gzip, brotli), cold loads,
// interaction latency and memory of built bundles in headless Chromium on 127.0.0.1. Prints
// one JSON object on stdout.
//
//   node bench/browser.mjs LOADS YARDSTICK_DIR NAME=DIR [NAME=DIR ...]
//
// Startup is the `explorer:ready` mark (the first render's effect), in milliseconds from the
// navigation start, each load in a fresh browser context. The first bundle's loads alternate
// with the yardstick's, so that both meet the same machine noise and their ratio is fair.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { serveDirectory } from '../tests/e2e/server.mjs';
import { launchBrowser, waitForReady } from '../tests/e2e/browser.mjs';

const [loadsArgument, yardstickDir, ...bundleArguments] = process.argv.slice(2);
const loads = Number(loadsArgument);
const bundles = bundleArguments.map((argument) => {
  const [name, dir] = argument.split('=');
  return { name, dir };
});

/** The median of the measured values (a figure that was not measured is left out); null if none. */
const median = (values) => {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Every file of a bundle: bytes raw, gzip (level 9) and brotli (quality 11), and the sums. */
async function sizes(dir) {
  const files = {};
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const name of (await readdir(dir)).sort()) {
    const bytes = await readFile(join(dir, name));
    const size = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    files[name] = size;
    for (const key of Object.keys(total)) total[key] += size[key];
  }
  return { files, total };
}

/** One cold load in a fresh context: startup and first contentful paint, in ms. */
async function coldLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await waitForReady(page);
  const timing = await page.evaluate(async () => {
    // The ready mark is set before the browser paints, so the paint entry may not exist yet:
    // wait for it (a buffered observer also sees one already recorded), for at most 5 s.
    const paint = new Promise((resolve) => {
      new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) resolve(entry.startTime);
      }).observe({ type: 'paint', buffered: true });
      setTimeout(() => resolve(null), 5000);
    });
    return { ready: performance.getEntriesByName('explorer:ready')[0].startTime, fcp: await paint };
  });
  await context.close();
  return timing;
}

/** Runs `act` and waits for the `explorer:update` measure it causes; returns its duration. */
async function measured(page, act) {
  const before = await page.evaluate(() => performance.getEntriesByName('explorer:update').length);
  await act();
  await page.waitForFunction((n) => performance.getEntriesByName('explorer:update').length > n, before);
  return page.evaluate(() => performance.getEntriesByName('explorer:update').at(-1).duration);
}

/** Interaction latency (search keystrokes, facet toggles, route changes) and wasm memory. */
async function interactions(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}#/operations`);
  await waitForReady(page);
  const search = page.getByRole('searchbox');
  const keystrokes = [];
  for (const key of 'trafficking') keystrokes.push(await measured(page, () => search.press(key)));
  await page.goto(`${url}#/operations`);
  await waitForReady(page);
  const facet = page.locator('.facet input[type="checkbox"]').first();
  const toggles = [];
  for (let i = 0; i < 10; i += 1) toggles.push(await measured(page, () => facet.click()));
  const routes = [];
  const nav = page.getByRole('navigation', { name: 'Explorer' });
  for (let i = 0; i < 4; i += 1) {
    for (const section of ['Countries', 'Timeline', 'Operations']) {
      routes.push(await measured(page, () => nav.getByRole('link', { name: section }).click()));
    }
  }
  // The wasm module's linear memory: the glue's init returns the instance's exports once started.
  const memory = await page.evaluate(async () => {
    const glue = document.querySelector('link[rel="modulepreload"]').href;
    const exports = await (await import(glue)).default();
    return exports.memory.buffer.byteLength;
  });
  await context.close();
  return {
    keystroke_ms: median(keystrokes),
    facet_toggle_ms: median(toggles),
    route_change_ms: median(routes),
    update_ms: median([...keystrokes, ...toggles, ...routes]),
    updates: keystrokes.length + toggles.length + routes.length,
    wasm_memory_bytes: memory,
  };
}

const browser = await launchBrowser();
const yardstick = await serveDirectory(yardstickDir);
const results = { loads, bundles: {} };
try {
  for (const [index, bundle] of bundles.entries()) {
    const server = await serveDirectory(bundle.dir);
    try {
      const own = [];
      const hello = [];
      for (let i = 0; i < loads; i += 1) {
        own.push(await coldLoad(browser, server.url));
        if (index === 0) hello.push(await coldLoad(browser, yardstick.url));
      }
      const entry = {
        size: await sizes(bundle.dir),
        ready_ms: median(own.map((t) => t.ready)),
        fcp_ms: median(own.map((t) => t.fcp)),
        ...(await interactions(browser, server.url)),
      };
      if (index === 0) {
        entry.yardstick_ready_ms = median(hello.map((t) => t.ready));
        entry.startup_ratio = entry.ready_ms / entry.yardstick_ready_ms;
      }
      results.bundles[bundle.name] = entry;
    } finally {
      await server.close();
    }
  }
} finally {
  await yardstick.close();
  await browser.close();
}
console.log(JSON.stringify(results));
