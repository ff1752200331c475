// The browser half of `cargo xtask bench`: file sizes (raw, gzip, brotli), cold loads,
// interaction latency and memory of built bundles in headless Chromium on 127.0.0.1. Prints
// one JSON object on stdout.
//
//   node bench/browser.mjs LOADS YARDSTICK_DIR NAME=DIR [NAME=DIR ...]
//
// Startup is the `explorer:ready` mark (the first render's effect), in milliseconds from the
// navigation start, each load in a fresh browser context. It is measured two ways: served as a
// host serves the bundle (xtask/server.mjs in host mode: the precompressed copies, cache
// headers, the strict policy), the figures the budgets apply to; and plain, by
// `python3 -m http.server`. The first bundle's loads alternate with the yardstick's, served the
// same way, so that both meet the same machine noise and their ratio is fair.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { STRICT_CSP, serveDirectory, servePython } from '../xtask/server.mjs';
import { launchBrowser, waitForReady } from '../tests/e2e/browser.mjs';

const [loadsArgument, yardstickDir, ...bundleArguments] = process.argv.slice(2);
const loadCount = Number(loadsArgument);
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

/** The precompressed copies' extensions (xtask/src/compress.rs), and the columns they fill. */
const COPIES = { gzip: '.gz', brotli: '.br' };
const isCopy = (name) => Object.values(COPIES).some((extension) => name.endsWith(extension));

/** The single-file explorer the build writes beside the bundle, which no page of it loads. */
const OFFLINE = 'explorer-offline.html';

/** A file's bytes raw, and as a host sends it: its .gz and .br copy, or itself where it has none. */
async function fileSize(dir, name, present) {
  const size = { raw: (await stat(join(dir, name))).size };
  for (const [column, extension] of Object.entries(COPIES)) {
    const copy = `${name}${extension}`;
    size[column] = present.has(copy) ? (await stat(join(dir, copy))).size : size.raw;
  }
  return size;
}

/**
 * Every file of a bundle, its precompressed copies not counted as files of their own: bytes
 * raw, and as a host sends them, the gzip (level 9) and brotli (quality 11) copies the build
 * wrote beside it, or the file itself where it has none; and the sums. The single-file
 * explorer is measured apart (`offline`): it is a copy of the rest, for readers without a server.
 */
async function sizes(dir) {
  const names = (await readdir(dir)).sort();
  const present = new Set(names);
  const files = {};
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const name of names.filter((n) => !isCopy(n) && n !== OFFLINE)) {
    const size = await fileSize(dir, name, present);
    files[name] = size;
    for (const key of Object.keys(total)) total[key] += size[key];
  }
  return { files, total, offline: await fileSize(dir, OFFLINE, present) };
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

/** The `explorer:update` of each key typed into the view's search box, in ms. */
async function keystrokes(page, text) {
  const search = page.getByRole('searchbox');
  const durations = [];
  for (const key of text) durations.push(await measured(page, () => search.press(key)));
  return durations;
}

/**
 * Interaction latency (search keystrokes in the operations and in the countries view, facet
 * toggles, route changes) and wasm memory.
 */
async function interactions(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}#/countries`);
  await waitForReady(page);
  const countryKeystrokes = await keystrokes(page, 'republic');
  await page.goto(`${url}#/operations`);
  await waitForReady(page);
  const operationKeystrokes = await keystrokes(page, 'trafficking');
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
    keystroke_ms: median(operationKeystrokes),
    countries_keystroke_ms: median(countryKeystrokes),
    facet_toggle_ms: median(toggles),
    route_change_ms: median(routes),
    update_ms: median([...operationKeystrokes, ...toggles, ...routes]),
    updates: operationKeystrokes.length + toggles.length + routes.length,
    wasm_memory_bytes: memory,
  };
}

/**
 * The yardstick is a plain Trunk build, whose loader is an inline script: served as a host
 * serves it, it gets the strict policy with inline scripts allowed, which costs it nothing.
 */
const YARDSTICK_POLICY = STRICT_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");

/** The two ways a bundle (or, with `yardstick`, the yardstick) is served: as a host serves it, and plain. */
const WAYS = {
  compressed: (dir, yardstick) =>
    serveDirectory(dir, { host: true, headers: yardstick ? { 'content-security-policy': YARDSTICK_POLICY } : {} }),
  plain: (dir) => servePython(dir),
};

/**
 * Cold loads of `dir` served each way, alternating with the yardstick's served the same way when
 * `yardstickDir` is given: for each way, medians of startup and first paint, and the ratio to
 * the yardstick's startup. The ways take turns load by load, so that neither gets the browser's
 * first, slower load or a quieter minute of the machine.
 */
async function startup(browser, dir, yardstickDir) {
  const servers = {};
  const loads = {};
  try {
    for (const way of Object.keys(WAYS)) {
      servers[way] = { own: await WAYS[way](dir) };
      if (yardstickDir) servers[way].yardstick = await WAYS[way](yardstickDir, true);
      loads[way] = { own: [], yardstick: [] };
    }
    for (let i = 0; i < loadCount; i += 1) {
      for (const [way, served] of Object.entries(servers)) {
        for (const [which, server] of Object.entries(served)) loads[way][which].push(await coldLoad(browser, server.url));
      }
    }
  } finally {
    for (const served of Object.values(servers)) {
      for (const server of Object.values(served)) await server.close();
    }
  }
  const figures = {};
  for (const [way, { own, yardstick }] of Object.entries(loads)) {
    figures[way] = { ready_ms: median(own.map((t) => t.ready)), fcp_ms: median(own.map((t) => t.fcp)) };
    if (yardstickDir) {
      figures[way].yardstick_ready_ms = median(yardstick.map((t) => t.ready));
      figures[way].startup_ratio = figures[way].ready_ms / figures[way].yardstick_ready_ms;
    }
  }
  return figures;
}

const browser = await launchBrowser();
const results = { loads: loadCount, bundles: {} };
try {
  for (const [index, bundle] of bundles.entries()) {
    const { compressed, plain } = await startup(browser, bundle.dir, index === 0 ? yardstickDir : undefined);
    // Served compressed, the figures the budgets apply to, at the top level; plain beside them.
    const server = await WAYS.compressed(bundle.dir);
    try {
      results.bundles[bundle.name] = {
        size: await sizes(bundle.dir),
        ...compressed,
        plain,
        ...(await interactions(browser, server.url)),
      };
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(results));
