// The release bundle in dist/, served on 127.0.0.1 and used as a reader would use it.
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
  // Every journey must end without an error in the console or a request off this machine.
  const problems = session?.problems ?? [];
  await session?.close();
  session = undefined;
  assert.deepEqual(problems, []);
});

async function open(hash) {
  session = await openPage(browser);
  await session.page.goto(`${server.url}${hash}`);
  await waitForReady(session.page);
  return session.page;
}

// The five reported operations, and Weka I, which the Weka II release names in passing.
const OPERATIONS = [
  'Operation Turquesa',
  'Operation Turquesa II',
  'Operation Liberterra',
  'Operation Weka I',
  'Operation Weka II',
  'Operation Liberterra II',
];

test('the operations page lists the five reported operations in time order', async () => {
  const page = await open('#/operations');
  await page.getByRole('heading', { level: 1, name: 'Operations' }).waitFor();
  const names = await page.getByRole('table').getByRole('link').allTextContents();
  assert.deepEqual(names, OPERATIONS);
  const turquesa = page.getByRole('row', { name: /Operation Turquesa II/ });
  assert.match(await turquesa.textContent(), /27 November – 3 December 2020.*32 countries/);
  assert.match(await page.getByRole('row', { name: /Operation Weka I\b/ }).textContent(), /named in passing/);
});

test('the countries page lists every participant with its operation count', async () => {
  const page = await open('#/countries');
  await page.getByRole('heading', { level: 1, name: 'Countries' }).waitFor();
  const rows = page.getByRole('table').getByRole('row');
  // One header row; the 134 countries and territories of the four participant lists, and five
  // named only in country cases (Afghanistan, Cuba, Kuwait, the Netherlands, Russia).
  assert.equal(await rows.count(), 140);
  // Spain: four operations (Turquesa II, Liberterra, Weka II, Liberterra II), one case where
  // it acted (the group "based in Spain" in Liberterra), 2020 to 2024.
  const spain = page.getByRole('row', { name: /^Spain\b/ });
  assert.deepEqual(await spain.getByRole('cell').allTextContents(), ['Europe', '4', '1', '2020', '2024']);
});

test('the countries table sorts by a column and says so', async () => {
  const page = await open('#/countries');
  const cases = page.getByRole('columnheader', { name: 'Cases' });
  await cases.getByRole('button').click();
  assert.equal(await cases.getAttribute('aria-sort'), 'descending');
  // Brazil acted in three cases: Turquesa II, Liberterra (with Colombia, Curacao, Panama), Liberterra II.
  const first = page.getByRole('table').getByRole('row').nth(1);
  assert.deepEqual(await first.getByRole('cell').allTextContents(), ['Americas', '4', '3', '2020', '2024']);
  await cases.getByRole('button').click();
  assert.equal(await cases.getAttribute('aria-sort'), 'ascending');
});

test('a click on Spain opens its page with its four operations', async () => {
  const page = await open('#/countries');
  await page.getByRole('link', { name: 'Spain', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Spain' }).waitFor();
  assert.ok(page.url().endsWith('#/countries/ES'), page.url());
  const operations = await page.getByRole('main').getByRole('list').first().getByRole('link').allTextContents();
  assert.deepEqual(operations, ['Operation Turquesa II', 'Operation Liberterra', 'Operation Weka II', 'Operation Liberterra II']);
  await page.getByRole('heading', { name: 'Cases where Spain acted (1)' }).waitFor();
});

test('the navigation leads to each section and marks the current one', async () => {
  const page = await open('');
  await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Explorer' });
  await nav.getByRole('link', { name: 'Countries' }).click();
  await page.getByRole('heading', { level: 1, name: 'Countries' }).waitFor();
  // The route change was measured from the click to the new view.
  assert.equal(await page.evaluate(() => performance.getEntriesByName('explorer:update').length), 1);
  assert.equal(await nav.getByRole('link', { name: 'Countries' }).getAttribute('aria-current'), 'page');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor();
});

const ROUTES = [
  ['#/timeline', 'Timeline'],
  ['#/operations', 'Operations'],
  ['#/operations/weka-ii-2022', 'Operation Weka II'],
  ['#/countries', 'Countries'],
  ['#/countries/ES', 'Spain'],
  ['#/sources', 'Sources'],
  ['#/sources/weka-ii-2022.txt', 'weka-ii-2022.txt'],
  ['#/about', 'About this explorer'],
  ['#/no/such/view', 'Page not found'],
];

for (const [hash, heading] of ROUTES) {
  test(`${hash} shows “${heading}” and survives a reload`, async () => {
    const page = await open(hash);
    await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
    await page.reload();
    await waitForReady(page);
    await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
    assert.ok(page.url().endsWith(hash), page.url());
  });
}

test('an operation page shows its dates, participants and source', async () => {
  const page = await open('#/operations/liberterra-ii-2024');
  await page.getByRole('heading', { level: 1, name: 'Operation Liberterra II' }).waitFor();
  const facts = await page.locator('dl').textContent();
  assert.match(facts, /29 September – 4 October 2024/);
  assert.match(facts, /INTERPOL, Glasgow, published 2024-11-06/);
  await page.getByRole('heading', { name: 'Participating countries (116)' }).waitFor();
});

test('a figure shows the sentence it came from on demand', async () => {
  const page = await open('#/operations/liberterra-ii-2024');
  const arrests = page.getByRole('row', { name: /^arrests 2,517/ });
  const quote = arrests.locator('blockquote');
  assert.equal(await quote.isVisible(), false);
  await arrests.getByText('Source').click();
  await quote.waitFor({ state: 'visible' });
  assert.match(await quote.textContent(), /A total of 2,517 arrests were made during the week/);
  const cases = page.getByRole('heading', { name: /^Country cases \(17\)$/ });
  await cases.waitFor();
  // Grouped by country, then by theme: organ trafficking holds the Syrian doctors alone.
  await page.getByRole('heading', { name: 'Syria (1)' }).waitFor();
  await page.getByRole('tab', { name: 'By theme' }).click();
  await page.getByRole('heading', { name: 'organ trafficking (1)' }).waitFor();
});

test('the whole dataset downloads as the JSON the extractor prints', async () => {
  const page = await open('#/operations');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the whole dataset (JSON)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'interpol-operations.json');
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  const dataset = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  assert.deepEqual(Object.keys(dataset), ['operations', 'countries', 'documents', 'warnings']);
  assert.equal(dataset.documents.length, 5);
  assert.equal(dataset.operations.find((op) => op.id === 'liberterra-ii-2024').figures[0].value, 3222);
});

test('filters live in the URL: typing, reload, facets, chips and back', async () => {
  const page = await open('#/operations');
  const status = page.getByRole('status');
  await page.getByRole('searchbox').pressSequentially('cote');
  // Côte d'Ivoire takes part in Weka II and Liberterra II only.
  await page.waitForFunction(() => location.hash === '#/operations?q=cote');
  assert.equal(await status.textContent(), '2 of 6 operations');
  assert.deepEqual(await page.getByRole('table').getByRole('link').allTextContents(), ['Operation Weka II', 'Operation Liberterra II']);
  // One explorer:update measure per keystroke, from the input event to the updated DOM.
  const updates = await page.evaluate(() => performance.getEntriesByName('explorer:update').map((e) => e.duration));
  assert.equal(updates.length, 4);
  assert.ok(updates.every((ms) => ms >= 0), String(updates));
  await page.reload();
  await waitForReady(page);
  assert.equal(await page.getByRole('searchbox').inputValue(), 'cote');
  assert.equal(await page.getByRole('status').textContent(), '2 of 6 operations');

  await page.getByRole('searchbox').fill('');
  await page.getByRole('checkbox', { name: /^Forced begging \(1\)$/i }).check();
  await page.waitForFunction(() => location.hash === '#/operations?theme=forced_begging');
  assert.deepEqual(await page.getByRole('table').getByRole('link').allTextContents(), ['Operation Liberterra II']);
  await page.getByRole('button', { name: 'Remove filter Theme: forced begging' }).click();
  await page.waitForFunction(() => location.hash === '#/operations');
  assert.equal(await page.getByRole('status').textContent(), '6 of 6 operations');
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/operations?theme=forced_begging');
  assert.equal(await page.getByRole('status').textContent(), '1 of 6 operations');
});

test('an empty result says which filter emptied it', async () => {
  const page = await open('#/operations?q=atlantis&series=weka');
  assert.equal(await page.getByRole('status').textContent(), 'No operation matches. Filters that match nothing on their own: “atlantis”.');
});

test('the timeline draws one bar per operation in series lanes, each a link', async () => {
  const page = await open('#/timeline');
  const chart = page.getByRole('group', { name: 'Timeline of operations by series' });
  const bars = chart.getByRole('link');
  assert.equal(await bars.count(), 6);
  assert.deepEqual(await chart.locator('.lane-name').allTextContents(), ['Turquesa', 'Liberterra', 'Weka']);
  assert.deepEqual(await chart.locator('.tick text').allTextContents(), ['2019', '2020', '2021', '2022', '2023', '2024']);
  await chart.getByRole('link', { name: 'Operation Weka II' }).click();
  await page.getByRole('heading', { level: 1, name: 'Operation Weka II' }).waitFor();
});

const AXE_ROUTES = [
  '#/timeline',
  '#/timeline?figure=participants',
  '#/operations',
  '#/operations?q=cote&theme=forced_labour',
  '#/operations/liberterra-ii-2024',
  '#/operations/weka-i-2021',
  '#/countries',
  '#/countries?q=cote&region=africa',
  '#/countries?tab=matrix',
  '#/countries/ES',
  '#/sources',
  '#/sources/liberterra-ii-2024.txt',
  '#/about',
  '#/nowhere',
];

for (const hash of AXE_ROUTES) {
  test(`${hash} has no accessibility violation (axe-core)`, async () => {
    const page = await open(hash);
    assert.deepEqual(await axeViolations(page), []);
  });
}

test('a source shows the release as written, with the passages facts came from marked', async () => {
  const page = await open('#/sources');
  assert.equal(await page.getByRole('main').getByRole('listitem').count(), 5);
  await page.getByRole('link', { name: 'liberterra-ii-2024.txt' }).click();
  await page.getByRole('heading', { level: 1, name: 'liberterra-ii-2024.txt' }).waitFor();
  assert.equal(await page.getByRole('main').getByRole('link', { name: 'Operation Liberterra II' }).count(), 1);
  const marks = page.locator('pre mark');
  assert.ok((await marks.count()) > 10);
  const arrests = marks.filter({ hasText: 'A total of 2,517 arrests were made during the week' });
  assert.equal(await arrests.count(), 1);
  // The whole release is there, unmarked parts included.
  assert.match(await page.locator('pre').textContent(), /Distributed by Public on 11\/06\/2024 03:58/);
});

test('the countries view filters by the URL: #/countries?q=cote&region=africa', async () => {
  const page = await open('#/countries?q=cote&region=africa');
  assert.equal(await page.getByRole('status').textContent(), '1 of 139 countries and territories');
  assert.deepEqual(await page.getByRole('table').getByRole('link').allTextContents(), ["Côte d'Ivoire"]);
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await page.waitForFunction(() => location.hash === '#/countries');
  assert.equal(await page.getByRole('status').textContent(), '139 of 139 countries and territories');
});

test('the rows of a view download as CSV and JSON, and its link copies', async () => {
  const page = await open('#/countries?region=oceania');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download these rows as CSV' }).click()]);
  assert.equal(csv.suggestedFilename(), 'countries.csv');
  const chunks = [];
  for await (const chunk of await csv.createReadStream()) chunks.push(chunk);
  assert.equal(
    Buffer.concat(chunks).toString('utf8'),
    'code,name,region,subregion,operations,cases,first_year,last_year\r\n' +
      'AU,Australia,Oceania,Australia and New Zealand,1,0,2024,2024\r\n' +
      'NZ,New Zealand,Oceania,Australia and New Zealand,1,0,2024,2024\r\n',
  );
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download these rows as JSON' }).click()]);
  assert.equal(json.suggestedFilename(), 'countries.json');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await page.getByText('Link copied.').waitFor();
  assert.ok((await page.evaluate(() => navigator.clipboard.readText())).endsWith('#/countries?region=oceania'));
});

test('the comparison chart states each operation\'s figure and follows the choice in the URL', async () => {
  const page = await open('#/timeline');
  const table = page.getByRole('table', { name: /per operation/ });
  // Arrests by default: the statement's 152, Turquesa II's "more than 200", then 286, 300, 2,517.
  assert.deepEqual(await table.locator('tbody td').allTextContents(), ['152', 'more than 200', '286', '300', '2,517']);
  await page.getByRole('combobox', { name: 'Figure' }).selectOption('victims_rescued');
  await page.waitForFunction(() => location.hash === '#/timeline?figure=victims_rescued');
  assert.deepEqual(await table.locator('tbody td').allTextContents(), ['not stated', 'close to 100', 'some 430', 'nearly 700', '3,222']);
  await page.reload();
  await waitForReady(page);
  assert.equal(await page.getByRole('combobox', { name: 'Figure' }).inputValue(), 'victims_rescued');
});

test('the operations table sorts by participants', async () => {
  const page = await open('#/operations');
  const participants = page.getByRole('columnheader', { name: 'Participants' });
  await participants.getByRole('button').click();
  assert.equal(await participants.getAttribute('aria-sort'), 'descending');
  // 116, 47, 44, 32 stated; the two without participants last.
  const names = await page.getByRole('table').getByRole('link').allTextContents();
  assert.deepEqual(names, ['Operation Liberterra II', 'Operation Liberterra', 'Operation Weka II', 'Operation Turquesa II', 'Operation Turquesa', 'Operation Weka I']);
});

test('the countries × operations matrix is a tab, in the address and by keyboard', async () => {
  const page = await open('#/countries?region=oceania&tab=matrix');
  const matrix = page.getByRole('table', { name: 'Countries and territories by operation' });
  const columns = await matrix.getByRole('columnheader').allTextContents();
  assert.deepEqual(columns, ['Country', 'Turquesa 2019', 'Turquesa II 2020', 'Liberterra 2021', 'Weka II 2022', 'Liberterra II 2024']);
  // Australia and New Zealand took part in Liberterra II only.
  const australia = await matrix.getByRole('row', { name: /^Australia/ }).getByRole('cell').allTextContents();
  assert.deepEqual(australia, ['', '', '', '', '●took part']);
  const matrixTab = page.getByRole('tab', { name: 'Countries × operations' });
  assert.equal(await matrixTab.getAttribute('aria-selected'), 'true');
  await matrixTab.focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => location.hash === '#/countries?region=oceania');
  const tableTab = page.getByRole('tab', { name: 'Table' });
  assert.equal(await tableTab.getAttribute('aria-selected'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Table');
});

test('a year range filters operations', async () => {
  const page = await open('#/operations');
  await page.getByRole('spinbutton', { name: 'From' }).fill('2021');
  await page.getByRole('spinbutton', { name: 'From' }).press('Enter');
  await page.getByRole('spinbutton', { name: 'to' }).fill('2022');
  await page.getByRole('spinbutton', { name: 'to' }).press('Tab');
  await page.waitForFunction(() => location.hash === '#/operations?from=2021&to=2022');
  assert.deepEqual(await page.getByRole('table').getByRole('link').allTextContents(), ['Operation Liberterra', 'Operation Weka I', 'Operation Weka II']);
});

test('an empty countries result says whether one filter or the combination emptied it', async () => {
  const page = await open('#/countries?q=spain&region=oceania');
  assert.equal(await page.getByRole('status').textContent(), 'No country matches these filters together; each alone matches some.');
});

test('narrow screens, dark mode and print', async () => {
  const page = await open('#/operations');
  // 360 px wide: nothing but the wide tables (which scroll inside main) may widen the page.
  await page.setViewportSize({ width: 360, height: 740 });
  for (const hash of ['#/timeline', '#/operations', '#/operations/liberterra-ii-2024', '#/countries', '#/sources/weka-ii-2022.txt']) {
    await page.goto(`${server.url}${hash}`);
    await waitForReady(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, hash);
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.interpol-explorer')).backgroundColor), 'rgb(18, 20, 23)');
  await page.goto(`${server.url}#/operations`);
  await waitForReady(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('searchbox').isVisible(), false);
  assert.equal(await page.getByRole('table').isVisible(), true);
});
