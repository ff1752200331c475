// The static summary `cargo xtask build` writes into index.html: what a browser that cannot
// run the app shows (JavaScript off, or no WebAssembly), and what the app replaces.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

import { serveDirectory } from './server.mjs';
import { axeViolations, launchBrowser, openPage, waitForReady } from './browser.mjs';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
let server;
let browser;
let session;

before(async () => {
  server = await serveDirectory(dist);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  const problems = session?.problems ?? [];
  await session?.close();
  session = undefined;
  assert.deepEqual(problems, []);
});

/** The summary's operations table, one array of cell texts per row. */
function operationRows(page) {
  return page.locator('[data-static-summary] tbody tr').evaluateAll((rows) =>
    rows.map((row) => [...row.children].map((cell) => cell.textContent)),
  );
}

/** A page with JavaScript switched off; closed after the test like the others. */
async function pageWithoutJavaScript() {
  const context = await browser.newContext({ javaScriptEnabled: false });
  session = { problems: [], close: () => context.close() };
  const page = await context.newPage();
  await page.goto(server.url);
  return page;
}

test('with JavaScript off the page shows the operations, their figures and the countries', async () => {
  const page = await pageWithoutJavaScript();
  const notice = page.locator('noscript .notice, .notice').first();
  assert.match(await notice.textContent(), /^JavaScript is off in this browser, so this is a summary/);
  assert.ok(await notice.isVisible());
  const rows = await operationRows(page);
  assert.equal(rows.length, 6);
  // Checked by hand against turquesa-ii-2020.txt and liberterra-ii-2024.txt: operation, when,
  // participants, arrests, victims rescued, irregular migrants identified, database checks.
  assert.deepEqual(rows[1], [
    'Operation Turquesa II',
    '27 November – 3 December 2020',
    '32 countries (stated and listed)',
    'more than 200',
    'close to 100',
    'some 3,500',
    'more than 50,000',
  ]);
  assert.deepEqual(rows[5].slice(0, 5), [
    'Operation Liberterra II',
    '29 September – 4 October 2024',
    '116 countries (stated and listed)',
    '2,517',
    '3,222',
  ]);
  assert.equal(await page.getByRole('heading', { level: 2 }).textContent(), 'Countries and territories (139)');
  const countries = await page.locator('[data-static-summary] .country-list li').allTextContents();
  assert.equal(countries.length, 139);
  assert.ok(countries.includes('Spain') && countries.includes('Brazil'), countries.join(', '));
});

test('without WebAssembly the summary stays and one line says what is missing', async () => {
  session = await openPage(browser);
  const { page } = session;
  await page.addInitScript(() => {
    delete window.WebAssembly;
  });
  await page.goto(server.url);
  const notice = page.locator('[data-static-summary] > p.notice');
  await notice.waitFor();
  assert.equal(
    await notice.textContent(),
    'This browser does not run WebAssembly, so this is a summary: the interactive explorer needs JavaScript and WebAssembly.',
  );
  assert.equal((await operationRows(page)).length, 6);
  assert.deepEqual(await axeViolations(page), []);
});

test('the app replaces the summary, and lists the same operations', async () => {
  const summarised = (await operationRows(await pageWithoutJavaScript())).map((row) => row[0]);
  await session.close();
  session = await openPage(browser);
  const { page } = session;
  await page.goto(`${server.url}#/operations`);
  await waitForReady(page);
  assert.equal(await page.locator('[data-static-summary]').count(), 0);
  const listed = await page.getByRole('table').locator('tbody th').allTextContents();
  assert.deepEqual(listed, summarised);
});
