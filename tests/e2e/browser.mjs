// Debian's Chromium under playwright-core, and pages that record what a user would not want:
// console errors, uncaught exceptions and requests to any host but 127.0.0.1.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

import { serveDirectory } from '../../xtask/server.mjs';

/** Chromium's flags: no sandbox (root in a container), and nothing of its own goes out. */
export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
}

/**
 * For a test file whose tests share one bundle and one browser: serves `dir` and starts
 * Chromium before the tests, stops both after them. The object's `server` and `browser` are
 * there once the tests run.
 */
export function servedInChromium(dir) {
  const shared = {};
  before(async () => {
    shared.server = await serveDirectory(dir);
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}

/**
 * A fresh context and page; `problems` collects every error and foreign request. `options`
 * are playwright's for the context (viewport, colorScheme, javaScriptEnabled...).
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url());
    if (protocol !== 'data:' && hostname !== '127.0.0.1') problems.push(`request to ${request.url()}`);
  });
  return { page, problems, close: () => context.close() };
}

/**
 * Runs `check` on a fresh page of `browser` (`options` as for `openPage`), then asserts that
 * nothing went wrong meanwhile: no console error, no uncaught error, no request off this
 * machine. The page is closed whatever happens.
 */
export async function withCleanPage(browser, options, check) {
  const { page, problems, close } = await openPage(browser, options);
  try {
    await check(page);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
}

/** Opens `address` (a hash, or '' for the bare page) on `server` and waits for the first render. */
export async function openView(page, server, address) {
  await page.goto(`${server.url}${address}`);
  await waitForReady(page);
}

/** Resolves once the app has marked its first render. */
export async function waitForReady(page) {
  await page.waitForFunction(() => performance.getEntriesByName('explorer:ready').length > 0);
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations on the page as it stands, one line each. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => (await window.axe.run()).violations);
  return violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target})`);
}
