// Opened from disk, with no server: `explorer-offline.html` (the whole explorer in one file)
// runs alone in a fresh folder with no request at all, in each engine that opens local files;
// `index.html` opened from disk says that it needs a server and names that file.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { By, until } from 'selenium-webdriver';

import { launchBrowser, waitForReady } from './browser.mjs';
import { ENGINES, startEngine, stopDisplay } from './engines.mjs';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const OFFLINE = 'explorer-offline.html';

let browser;
let folder;

before(async () => {
  browser = await launchBrowser();
  // A fresh folder holding the single file and nothing else.
  folder = await mkdtemp(join(tmpdir(), 'explorer-offline-'));
  await copyFile(join(dist, OFFLINE), join(folder, OFFLINE));
});

after(async () => {
  await browser?.close();
  await rm(folder, { recursive: true, force: true });
  stopDisplay();
});

/**
 * A fresh page that records every request but the navigation to `document`, every console
 * message of any kind, every uncaught error and every policy violation.
 */
async function recordedPage(document) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const heard = [];
  page.on('console', (message) => heard.push(`console ${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => heard.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    if (request.url().split('#')[0] !== document || !request.isNavigationRequest()) {
      heard.push(`request to ${request.url().slice(0, 120)}`);
    }
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`policy: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, heard, close: () => context.close() };
}

let session;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

test('explorer-offline.html, alone in a folder, shows the operations and Spain with no request (Chromium)', async () => {
  const address = pathToFileURL(join(folder, OFFLINE)).href;
  session = await recordedPage(address);
  const { page, heard } = session;
  await page.goto(`${address}#/operations`);
  await waitForReady(page);
  await page.getByRole('heading', { level: 1, name: 'Operations' }).waitFor();
  // The 6 operations of the seeds, as in the own page (summary.test.mjs counts the same).
  assert.equal(await page.getByRole('table').locator('tbody th').count(), 6);
  // A route by its address, and one by a click.
  await page.goto(`${address}#/countries/ES`);
  await page.getByRole('heading', { level: 1, name: 'Spain' }).waitFor();
  await page.getByRole('link', { name: 'Countries' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Countries' }).waitFor();
  assert.equal(new URL(page.url()).hash, '#/countries');
  // The whole dataset is in the page too, for the footer's download.
  const download = page.getByRole('link', { name: 'Download the whole dataset (JSON)' });
  const dataset = await download.evaluate((a) => JSON.parse(atob(a.href.split(',')[1])));
  assert.equal(dataset.documents.length, 5);
  // Its strict policy is in force: nothing inline may run but the page's own hashed script.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /^default-src 'none'; script-src 'sha384-[^']+' 'wasm-unsafe-eval'; style-src /);
  assert.deepEqual(heard, []);
});

for (const engine of ENGINES.filter((name) => name !== 'chromium')) {
  test(`explorer-offline.html opened from disk runs in ${engine}, naming no file to load`, async () => {
    const driver = await startEngine(engine);
    try {
      const address = pathToFileURL(join(folder, OFFLINE)).href;
      await driver.get(`${address}#/countries/ES`);
      const heading = await driver.wait(until.elementLocated(By.css('div.interpol-explorer h1')), 30000);
      await driver.wait(until.elementTextIs(heading, 'Spain'), 10000);
      await driver.get(`${address}#/operations`);
      await driver.wait(async () => (await driver.findElements(By.css('table tbody th'))).length === 6, 10000);
      // Nothing in the page names a file to load. (These engines list no local file in their
      // resource timing, so the page is read instead; Chromium's test watches the requests.)
      const named = await driver.executeScript(
        "return [...document.querySelectorAll('[src], link[href]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href'))",
      );
      assert.deepEqual(named.filter((address) => !address.startsWith('data:')), []);
    } finally {
      await driver.quit();
    }
  });
}

test('index.html opened from disk says it needs a server and links to explorer-offline.html, which opens', async () => {
  const copy = await mkdtemp(join(tmpdir(), 'explorer-copy-'));
  try {
    await cp(dist, copy, { recursive: true });
    const index = pathToFileURL(join(copy, 'index.html')).href;
    session = await recordedPage(index);
    const { page } = session;
    await page.goto(index);
    const notice = page.locator('[data-static-summary] > p.notice');
    await notice.waitFor();
    assert.equal(
      await notice.textContent(),
      'This copy of the explorer needs a web server: opened as a file, the browser will not run it. ' +
        'explorer-offline.html, beside this file, opens without one. Below is a summary of the data.',
    );
    await notice.getByRole('link', { name: OFFLINE }).click();
    await waitForReady(page);
    assert.ok(new URL(page.url()).pathname.endsWith(`/${OFFLINE}`), page.url());
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
});
