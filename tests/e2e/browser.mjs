// Debian's Chromium under playwright-core, and pages that record what a user would not want:
// console errors, uncaught exceptions and requests to any host but 127.0.0.1.
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
