// The release bundle in dist/, served on 127.0.0.1 and used as a reader would use it, in each
// browser engine: the same journeys, one WebDriver session per engine.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { Key } from 'selenium-webdriver';

import { ENGINES, startEngine, stopDisplay } from './engines.mjs';
import { PHONE, Reader, VIEWPORT_PAGE, named, recordingProblems } from './reader.mjs';
import { serveDirectory } from '../../xtask/server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = fileURLToPath(new URL('../../dist', import.meta.url));
let server;

/** What `cargo xtask extract` prints for seeds/, the folder dist/ is built from: read once. */
let extracted;
function extractorOutput() {
  extracted ??= promisify(execFile)('cargo', ['xtask', 'extract'], { cwd: root, maxBuffer: 256 * 1024 * 1024 }).then(
    ({ stdout }) => JSON.parse(stdout),
  );
  return extracted;
}

before(async () => {
  // The explorer's page records what goes wrong in it, from its first script on.
  const page = recordingProblems(await readFile(join(dist, 'index.html'), 'utf8'));
  server = await serveDirectory(dist, { pages: { 'viewport.html': VIEWPORT_PAGE, '': page, 'index.html': page } });
});

after(async () => {
  stopDisplay();
  await server?.close();
});

// The five reported operations, and Weka I, which the Weka II release names in passing.
const OPERATIONS = [
  'Operation Turquesa',
  'Operation Turquesa II',
  'Operation Liberterra',
  'Operation Weka I',
  'Operation Weka II',
  'Operation Liberterra II',
];

const ROUTES = [
  ['#/timeline', 'Timeline'],
  ['#/operations', 'Operations'],
  ['#/operations/weka-ii-2022', 'Operation Weka II'],
  ['#/cases', 'Cases'],
  ['#/countries', 'Countries'],
  ['#/countries/ES', 'Spain'],
  ['#/sources', 'Sources'],
  ['#/sources/weka-ii-2022.txt', 'weka-ii-2022.txt'],
  ['#/about', 'About this explorer'],
  ['#/no/such/view', 'Page not found'],
];

const AXE_ROUTES = [
  '#/map',
  '#/map?series=weka',
  '#/timeline',
  '#/timeline?figure=participants',
  '#/operations',
  '#/operations?q=cote&theme=forced_labour',
  '#/operations/liberterra-ii-2024',
  '#/operations/weka-i-2021',
  '#/cases',
  '#/cases?theme=forced_labour',
  '#/countries',
  '#/countries?q=cote&region=africa',
  '#/countries?tab=matrix',
  '#/countries/ES',
  '#/sources',
  '#/sources/liberterra-ii-2024.txt',
  '#/about',
  '#/nowhere',
];

/** Every route above once: what the layout checks visit. */
const ALL_ROUTES = [...new Set([...ROUTES.map(([hash]) => hash), ...AXE_ROUTES])];

/** The two sizes the layout checks run at: a phone (a frame of its size) and the journeys' window. */
const SIZES = [
  ['390×844', (reader, hash) => reader.openSized(hash, PHONE)],
  ['1280×900', (reader, hash) => reader.open(hash)],
];

const SITE_NAME = 'INTERPOL operations explorer';

// The link naming each row (an operation, a country); figure cells link too.
const TABLE_LINKS = 'main table tbody th a';
const STATUS = 'main [role=status]';
const SEARCH = 'main input[type=search]';

const heading = (name) => named('main h1', name);
const rowCells = (name) => named('main table tbody tr', name, 'td');
const columnHeader = (name, inner) => named('main table th[scope=col]', name, inner);

for (const engine of ENGINES) {
  describe(engine, () => {
    let reader;

    before(async () => {
      reader = new Reader(await startEngine(engine), server.url);
    });

    after(async () => {
      await reader?.driver.quit();
    });

    // No journey may leave an uncaught exception, a failed load or a console error behind.
    afterEach(async () => {
      assert.deepEqual(await reader.takeProblems(), []);
    });

    test('the operations page lists the five reported operations in time order', async () => {
      await reader.open('#/operations');
      await reader.waitFor(heading('Operations'));
      assert.deepEqual(await reader.texts(TABLE_LINKS), OPERATIONS);
      const turquesa = await reader.text(named('main table tbody tr', /Operation Turquesa II/));
      assert.match(turquesa, /27 November – 3 December 2020.*32 countries/);
      assert.match(await reader.text(named('main table tbody tr', /Operation Weka I\b/)), /named in passing/);
    });

    test('the countries page lists every participant with its operation count', async () => {
      await reader.open('#/countries');
      await reader.waitFor(heading('Countries'));
      // One header row; the 134 countries and territories of the four participant lists, and five
      // named only in country cases (Afghanistan, Cuba, Kuwait, the Netherlands, Russia).
      assert.equal(await reader.count('main table tr'), 140);
      // Spain: four operations (Turquesa II, Liberterra, Weka II, Liberterra II), one case where
      // it acted (the group "based in Spain" in Liberterra), named in three cases elsewhere (a
      // Colombian one in Liberterra, the Moroccan and Ivorian ones in Weka II), 2020 to 2024.
      assert.deepEqual(await reader.texts(rowCells(/^Spain\b/)), ['Europe', '4', '1', '3', '2020', '2024']);
    });

    test('the countries table sorts by a column and says so', async () => {
      await reader.open('#/countries');
      await reader.click(columnHeader('Cases', 'button'));
      assert.equal(await reader.attribute(columnHeader('Cases'), 'aria-sort'), 'descending');
      // Brazil acted in three cases: Turquesa II, Liberterra (with Colombia, Curacao, Panama), Liberterra II.
      assert.deepEqual(await reader.texts('main table tbody tr:first-child td'), ['Americas', '4', '3', '0', '2020', '2024']);
      await reader.click(columnHeader('Cases', 'button'));
      assert.equal(await reader.attribute(columnHeader('Cases'), 'aria-sort'), 'ascending');
      // The sort is in the address: a reload (or a shared link) keeps it.
      await reader.untilHash('#/countries?sort=cases');
      await reader.reload();
      assert.equal(await reader.attribute(columnHeader('Cases'), 'aria-sort'), 'ascending');
    });

    test('a click on Spain opens its page with its four operations', async () => {
      await reader.open('#/countries');
      await reader.click(named('main a', 'Spain'));
      await reader.waitFor(heading('Spain'));
      const url = await reader.url();
      assert.ok(url.endsWith('#/countries/ES'), url);
      assert.deepEqual(await reader.texts('main ul.operation-list a'), [
        'Operation Turquesa II',
        'Operation Liberterra',
        'Operation Weka II',
        'Operation Liberterra II',
      ]);
      await reader.waitFor(named('main h2', 'Cases where Spain acted (1)'));
    });

    test('the navigation leads to each section and marks the current one', async () => {
      await reader.open('');
      await reader.waitFor(heading('Timeline'));
      const countries = named('nav[aria-label="Explorer"] a', 'Countries');
      await reader.click(countries);
      await reader.waitFor(heading('Countries'));
      // The route change was measured from the click to the new view.
      assert.equal(await reader.run(() => performance.getEntriesByName('explorer:update').length), 1);
      assert.equal(await reader.attribute(countries, 'aria-current'), 'page');
      await reader.back();
      await reader.waitFor(heading('Timeline'));
    });

    // The titles differ from route to route, so each route's document title is its own.
    for (const [hash, title] of ROUTES) {
      test(`${hash} shows “${title}”, is titled so, and survives a reload`, async () => {
        await reader.open(hash);
        await reader.waitFor(heading(title));
        assert.equal(await reader.run(() => document.title), `${title} — ${SITE_NAME}`);
        await reader.reload();
        await reader.waitFor(heading(title));
        const url = await reader.url();
        assert.ok(url.endsWith(hash), url);
      });
    }

    for (const [size, open] of SIZES) {
      test(`at ${size}, a link followed from far down a view opens the next view at its top, its heading focused`, async () => {
        await open(reader, '#/timeline');
        // Nothing is focused at start-up: the reader's first Tab still starts at the top.
        assert.equal(await reader.run(() => document.activeElement === document.body), true);
        await reader.run(() => window.scrollTo(0, document.documentElement.scrollHeight));
        assert.ok((await reader.run(() => window.scrollY)) > 400, 'scrolled down the timeline');
        // The list's last operation, at the foot of the view: its page is long enough to stay
        // where the timeline was scrolled to, were it not moved to its top.
        const last = 'main > section:last-of-type li:last-child a';
        const operation = await reader.text(last);
        assert.equal(operation, 'Operation Liberterra II');
        await reader.click(last);
        await reader.waitFor(heading(operation));
        const place = await reader.run(() => {
          const h1 = document.querySelector('main h1');
          const { top, bottom } = h1.getBoundingClientRect();
          return { scrollY: window.scrollY, top, bottom, height: window.innerHeight, focused: document.activeElement === h1 };
        });
        assert.ok(place.scrollY < 2, `scrolled to ${place.scrollY}`);
        assert.ok(place.top >= 0 && place.bottom <= place.height, `the heading spans ${place.top}–${place.bottom}`);
        assert.equal(place.focused, true, 'focus on the new view\'s heading');
        assert.equal(await reader.run(() => document.title), `${operation} — ${SITE_NAME}`);
      });
    }

    test('typing a filter keeps the reader\'s place and focus', async () => {
      await reader.openSized('#/countries', PHONE);
      // On a phone the filters start closed behind their control.
      await reader.click('main button.filters-toggle');
      // The search box near the top of the screen, the page scrolled a little.
      const scrolled = await reader.run((css) => {
        const search = document.querySelector(css);
        window.scrollTo(0, search.getBoundingClientRect().top + window.scrollY - 40);
        return window.scrollY;
      }, SEARCH);
      assert.ok(scrolled > 0, `scrolled to ${scrolled}`);
      await reader.type(SEARCH, 'ia');
      await reader.untilHash('#/countries?q=ia');
      assert.equal(await reader.run(() => window.scrollY), scrolled);
      assert.equal(await reader.run((css) => document.activeElement === document.querySelector(css), SEARCH), true);
    });

    test('at 390 px no route scrolls the page sideways', async () => {
      const wider = [];
      for (const hash of ALL_ROUTES) {
        await reader.openSized(hash, PHONE);
        const { scrollWidth, clientWidth } = await reader.run(() => {
          const { scrollWidth, clientWidth } = document.documentElement;
          return { scrollWidth, clientWidth };
        });
        if (scrollWidth > clientWidth) wider.push(`${hash}: ${scrollWidth} px in ${clientWidth}`);
      }
      assert.deepEqual(wider, []);
    });

    test('the skip link is the first tab stop and leads to the view\'s heading', async () => {
      await reader.open('#/operations');
      await reader.pressKeys(Key.TAB);
      const skip = await reader.run(() => {
        const { width, height } = document.activeElement.getBoundingClientRect();
        return { text: document.activeElement.textContent, width, height };
      });
      assert.equal(skip.text, 'Skip to content');
      // Shown once it has focus.
      assert.ok(skip.width > 20 && skip.height > 10, `${skip.width}×${skip.height}`);
      await reader.pressKeys(Key.ENTER);
      assert.equal(await reader.run(() => document.activeElement === document.querySelector('main h1')), true);
      assert.ok((await reader.url()).endsWith('#/operations'), 'the view stays');
      // The next Tab goes on in the view, past the header's navigation.
      await reader.pressKeys(Key.TAB);
      assert.equal(await reader.run(() => document.activeElement.closest('main') !== null), true);
    });

    test('an operation page shows its dates, participants and source', async () => {
      await reader.open('#/operations/liberterra-ii-2024');
      await reader.waitFor(heading('Operation Liberterra II'));
      const facts = await reader.text('main dl');
      assert.match(facts, /29 September – 4 October 2024/);
      assert.match(facts, /INTERPOL, Glasgow, published 2024-11-06/);
      await reader.waitFor(named('main h2', 'Participating countries (116)'));
    });

    test("a citation of an operation's dates opens its release at that sentence, marked, in view and focused", async () => {
      await reader.open('#/operations/weka-ii-2022');
      const dates = /Operation Weka II was carried out from 12 to 17 June/;
      const when = (inner) => named('main dl.facts dd', /^12–17 June 2022/, inner);
      assert.equal(await reader.visible(when('details.source blockquote')), false);
      await reader.click(when('details.source summary'));
      await reader.waitForVisible(when('details.source blockquote'));
      assert.match(await reader.text(when('details.source blockquote')), dates);
      // The release that reports it opens at its first passage too.
      assert.match(await reader.attribute(named('main dl.facts dd', /^press release/, 'a'), 'href'), /#\/sources\/weka-ii-2022\.txt\?at=\d+$/);
      await reader.click(when('details.source .citation a'));
      // The sentence starts at byte 202 of the release.
      await reader.untilHash('#/sources/weka-ii-2022.txt?at=202');
      const cited = 'main pre.source-text mark.cited';
      await reader.waitFor(cited);
      assert.equal(await reader.count(cited), 1);
      assert.match(await reader.text(cited), dates);
      assert.equal(await reader.attribute(cited, 'aria-current'), 'true');
      const landed = () => {
        const passage = document.querySelector('main pre.source-text mark.cited');
        const { top, bottom } = passage.getBoundingClientRect();
        return top >= 0 && bottom <= window.innerHeight && document.activeElement === passage;
      };
      await reader.until(landed, 'the cited passage in view and focused');
      // Opened from the address alone, it starts there too.
      await reader.open('#/sources/weka-ii-2022.txt?at=202');
      await reader.until(landed, 'the cited passage in view and focused on opening');
      // An `at` that is no passage's is ignored: the release shows as ever.
      await reader.open('#/sources/weka-ii-2022.txt?at=nonsense');
      await reader.waitFor(heading('weka-ii-2022.txt'));
      assert.equal(await reader.count('main mark.cited'), 0);
      assert.ok((await reader.count('main pre mark')) > 5);
    });

    test('a figure shows the sentence it came from on demand', async () => {
      await reader.open('#/operations/liberterra-ii-2024');
      const arrests = (inner) => named('main table tbody tr', /^arrests 2,517/, inner);
      assert.equal(await reader.visible(arrests('blockquote')), false);
      await reader.click(arrests('summary'));
      await reader.waitForVisible(arrests('blockquote'));
      assert.match(await reader.text(arrests('blockquote')), /A total of 2,517 arrests were made during the week/);
      await reader.waitFor(named('main h2', /^Country cases \(17\)$/));
      // Grouped by country, then by theme: organ trafficking holds the Syrian doctors alone.
      await reader.waitFor(named('main h3', 'Syria (1)'));
      await reader.click(named('[role=tab]', 'By theme'));
      await reader.waitFor(named('main h3', 'organ trafficking (1)'));
      // The grouping is in the address, so a reload keeps it.
      await reader.untilHash('#/operations/liberterra-ii-2024?tab=by-theme');
      await reader.reload();
      await reader.waitFor(named('main h3', 'organ trafficking (1)'));
    });

    test('the whole dataset downloads as the JSON the extractor prints', async () => {
      await reader.open('#/operations');
      const download = await reader.download(named('footer a', 'Download the whole dataset (JSON)'));
      assert.equal(download.name, 'interpol-operations.json');
      // The file the build wrote beside the app: the app carries no JSON writer for it.
      assert.match(download.href, /^http:\/\/127\.0\.0\.1:\d+\/dataset\.json$/);
      const dataset = JSON.parse(download.text);
      assert.deepEqual(Object.keys(dataset), ['operations', 'countries', 'documents', 'warnings', 'unread_numbers']);
      assert.deepEqual(dataset, await extractorOutput());
    });

    test('the cases view shows one theme\'s cases across operations, each opening its operation', async () => {
      const cases = 'main table.cases tbody';
      await reader.open('#/cases');
      await reader.waitFor(heading('Cases'));
      // Turquesa II tells 3 cases, Liberterra 17, Weka II 12, Liberterra II 17.
      assert.equal(await reader.text(STATUS), '49 of 49 cases');
      // A facet shows its first values until asked for all; forced labour is further down.
      await reader.click(named('main fieldset.facet', 'Theme', 'button.more'));
      await reader.click(named('main fieldset.facet label', /^forced labour \(4 cases\)$/, 'input[type=checkbox]'));
      await reader.untilHash('#/cases?theme=forced_labour');
      assert.equal(await reader.text(STATUS), '4 of 49 cases');
      // Lesotho's "labour-related offences" and Togo's victims "forced to work off" their travel
      // costs (Weka II); Argentina's farm workers and Costa Rica's sect (Liberterra II).
      assert.deepEqual(await reader.texts(`${cases} th[scope=row] > a`), ['Lesotho', 'Togo', 'Argentina', 'Costa Rica']);
      assert.deepEqual(await reader.texts(`${cases} td:first-child a`), [
        'Operation Weka II',
        'Operation Weka II',
        'Operation Liberterra II',
        'Operation Liberterra II',
      ]);
      for (const themes of await reader.texts(`${cases} ul.themes`)) assert.match(themes, /forced labour/);
      await reader.click(named(`${cases} tr`, /Costa Rica/, 'td:first-child a'));
      await reader.waitFor(heading('Operation Liberterra II'));
      assert.ok((await reader.url()).endsWith('#/operations/liberterra-ii-2024'));
      // The operation page leads back to its own cases, and back restores the theme.
      await reader.click(named('main a', 'Its cases in the table of all cases'));
      await reader.untilHash('#/cases?operation=liberterra-ii-2024');
      assert.equal(await reader.text(STATUS), '17 of 49 cases');
      await reader.back();
      await reader.waitFor(heading('Operation Liberterra II'));
      await reader.back();
      await reader.untilHash('#/cases?theme=forced_labour');
      assert.equal(await reader.text(STATUS), '4 of 49 cases');
    });

    test('filters live in the URL: typing, reload, facets, chips and back', async () => {
      await reader.open('#/operations');
      await reader.type(SEARCH, 'cote');
      // Côte d'Ivoire takes part in Weka II and Liberterra II only.
      await reader.untilHash('#/operations?q=cote');
      assert.equal(await reader.text(STATUS), '2 of 6 operations');
      assert.deepEqual(await reader.texts(TABLE_LINKS), ['Operation Weka II', 'Operation Liberterra II']);
      // One explorer:update measure per keystroke, from the input event to the updated DOM: the
      // keys are typed one at a time, so each measure starts after the one before it ended.
      const updates = await reader.run(() =>
        performance.getEntriesByName('explorer:update').map((e) => [e.startTime, e.startTime + e.duration]),
      );
      assert.equal(updates.length, 4);
      for (let i = 1; i < updates.length; i += 1) {
        assert.ok(updates[i][0] >= updates[i - 1][1], `measure ${i} starts before the one before it ended: ${JSON.stringify(updates)}`);
      }
      await reader.reload();
      assert.equal(await reader.property(SEARCH, 'value'), 'cote');
      assert.equal(await reader.text(STATUS), '2 of 6 operations');

      await reader.press(SEARCH, Key.chord(Key.CONTROL, 'a'), Key.BACK_SPACE);
      await reader.untilHash('#/operations');
      // A facet shows its first values until asked for all; forced begging is further down.
      await reader.click(named('main fieldset.facet', 'Theme', 'button.more'));
      await reader.click(named('main fieldset.facet label', /^Forced begging \(1 operation\)$/i, 'input[type=checkbox]'));
      await reader.untilHash('#/operations?theme=forced_begging');
      assert.deepEqual(await reader.texts(TABLE_LINKS), ['Operation Liberterra II']);
      await reader.click(named('main button', 'Remove filter Theme: forced begging'));
      await reader.untilHash('#/operations');
      assert.equal(await reader.text(STATUS), '6 of 6 operations');
      await reader.back();
      await reader.untilHash('#/operations?theme=forced_begging');
      assert.equal(await reader.text(STATUS), '1 of 6 operations');
    });

    test('an empty result says which filter emptied it', async () => {
      await reader.open('#/operations?q=atlantis&series=weka');
      assert.equal(
        await reader.text(STATUS),
        'No operation matches. Filters that match nothing on their own: “atlantis”.',
      );
    });

    test('the timeline draws one bar per operation in series lanes, each a link', async () => {
      await reader.open('#/timeline');
      const chart = 'main svg[role=group][aria-label="Timeline of operations by series"]';
      assert.equal(await reader.count(`${chart} a`), 6);
      assert.deepEqual(await reader.texts(`${chart} .lane-name`), ['Turquesa', 'Liberterra', 'Weka']);
      assert.deepEqual(await reader.texts(`${chart} .tick text`), ['2019', '2020', '2021', '2022', '2023', '2024']);
      // The bar, which is what paints the link: WebDriver clicks only an element that paints
      // at its centre, and an SVG <a> paints nothing of its own.
      // Each bar's link says the crime areas too (Weka II's release speaks of both).
      await reader.click(`${chart} a[aria-label="Operation Weka II (human trafficking, migrant smuggling)"] rect`);
      await reader.waitFor(heading('Operation Weka II'));
    });

    test('the map shades the countries by their operations, and the filters recolour it', async () => {
      await reader.open('#/map');
      const map = 'main .world-map svg';
      // Natural Earth's 176 shapes (Antarctica left out); the Maldives, too small at 1:110m,
      // take part in Liberterra II and are a dot.
      assert.equal(await reader.count(`${map} path`), 176);
      assert.equal(await reader.count(`${map} a circle[data-code="MV"]`), 1);
      // Spain and Brazil are listed in four operations (the highest count, the fourth class);
      // Afghanistan, named only in a case, in none.
      assert.equal(await reader.attribute(`${map} path[data-code="ES"]`, 'class'), 'map-class-3');
      assert.equal(await reader.attribute(`${map} path[data-code="BR"]`, 'class'), 'map-class-3');
      assert.equal(await reader.attribute(`${map} path[data-code="AF"]`, 'class'), 'map-none');
      assert.match(
        await reader.text('#interpol-explorer-map-description'),
        /134 countries took part in at least one; the most, 4 operations: Brazil, Morocco, Spain\.$/,
      );
      assert.deepEqual(await reader.texts('main .map-legend li'), [
        ' 1 operation',
        ' 2 operations',
        ' 3 operations',
        ' 4 operations',
        ' none of these operations',
        ' not named in the releases',
      ]);
      // Weka II lists 44 countries, Spain among them: one operation, the only class.
      await reader.open('#/map?series=weka');
      assert.equal(await reader.attribute(`${map} path[data-code="ES"]`, 'class'), 'map-class-0');
      assert.equal(await reader.attribute(`${map} path[data-code="AR"]`, 'class'), 'map-none');
      assert.match(await reader.text('#interpol-explorer-map-description'), /: 44 countries took part in at least one;/);
    });

    test('on the map, a country is reached by keyboard, by its neighbours or its name, says its count and opens its page', async () => {
      await reader.open('#/map');
      const focused = () => reader.run(() => document.activeElement.getAttribute('aria-label'));
      /** The box on screen of the focused country's shape. */
      const focusedBox = () =>
        reader.run(() => {
          const { left, right, top, bottom } = document.activeElement.querySelector('[data-code]').getBoundingClientRect();
          return { left, right, top, bottom, x: (left + right) / 2, y: (top + bottom) / 2 };
        });
      // From the last link of the navigation, Tab goes into the map, at its first country in
      // name order; End goes to the last, Home back to the first.
      await reader.press('nav[aria-label="Explorer"] li:last-child a', Key.TAB);
      assert.equal(await focused(), 'Afghanistan: 0 operations');
      assert.equal(await reader.text('main .map-readout'), 'Afghanistan: 0 operations');
      await reader.pressKeys(Key.END);
      assert.equal(await focused(), 'Zimbabwe: 3 operations');
      await reader.pressKeys(Key.HOME);
      assert.equal(await focused(), 'Afghanistan: 0 operations');
      // Typing a name's first letters goes to it (76 presses of an arrow, in name order, did).
      await reader.pressKeys('m', 'o', 'r');
      assert.equal(await focused(), 'Morocco: 4 operations');
      assert.equal(await reader.text('main .map-readout'), 'Morocco: 4 operations');
      // The arrows go to a neighbour that way, as the map shows it: Right to a country whose
      // shape lies east of Morocco's, Up to one north of it, Left back west.
      const morocco = await focusedBox();
      await reader.pressKeys(Key.ARROW_RIGHT);
      const east = await focusedBox();
      assert.notEqual(await focused(), 'Morocco: 4 operations');
      assert.ok(east.x > morocco.right && east.left > morocco.x, `${JSON.stringify(east)} is not east of ${JSON.stringify(morocco)}`);
      assert.ok(Math.abs(east.y - morocco.y) < east.x - morocco.x, `${JSON.stringify(east)} lies more south or north than east`);
      await reader.pressKeys(Key.ARROW_LEFT);
      assert.equal(await focused(), 'Morocco: 4 operations');
      await reader.pressKeys(Key.ARROW_UP);
      const north = await focusedBox();
      assert.ok(north.y < morocco.top, `${JSON.stringify(north)} is not north of ${JSON.stringify(morocco)}`);
      const northName = await focused();
      // The map is one tab stop: the next Tab reaches the filters (their control first), and
      // the way back returns to the country last visited.
      const toggle = 'main button.filters-toggle';
      await reader.pressKeys(Key.TAB);
      assert.equal(await reader.run((css) => document.activeElement === document.querySelector(css), toggle), true);
      await reader.press(toggle, Key.chord(Key.SHIFT, Key.TAB));
      assert.equal(await focused(), northName);
      await reader.pressKeys(Key.HOME, Key.ENTER);
      await reader.waitFor(heading('Afghanistan'));
      assert.ok((await reader.url()).endsWith('#/countries/AF'));
    });

    test('the map legend\'s swatches are no larger than its text', async () => {
      await reader.open('#/map');
      const swatches = await reader.run(() =>
        [...document.querySelectorAll('main .map-legend li')].map((entry) => {
          const { width, height } = entry.querySelector('.map-swatch').getBoundingClientRect();
          return { width, height, font: parseFloat(getComputedStyle(entry).fontSize) };
        }),
      );
      assert.equal(swatches.length, 6);
      for (const { width, height, font } of swatches) {
        assert.ok(width > 0 && width <= font && height <= font, `a ${width}×${height} swatch beside ${font} px text`);
      }
    });

    for (const hash of AXE_ROUTES) {
      test(`${hash} has no accessibility violation (axe-core)`, async () => {
        await reader.open(hash);
        assert.deepEqual(await reader.axeViolations(), []);
      });
    }

    test('a source shows the release as written, with the passages facts came from marked', async () => {
      await reader.open('#/sources');
      assert.equal(await reader.count('main li'), 5);
      // Listed, and titled, by the release's own headline.
      await reader.click(named('main a', /^Global raids rescue 3,200 potential victims/));
      await reader.waitFor(
        heading('Global raids rescue 3,200 potential victims of trafficking and identify 17,800 irregular migrants'),
      );
      assert.equal(await reader.count(named('main a', 'Operation Liberterra II')), 1);
      assert.ok((await reader.count('main pre mark')) > 10);
      assert.equal(await reader.count(named('main pre mark', /A total of 2,517 arrests were made during the week/)), 1);
      // The whole release is there, unmarked parts included.
      assert.match(await reader.text('main pre'), /Distributed by Public on 11\/06\/2024 03:58/);
    });

    test('the countries view filters by the URL: #/countries?q=cote&region=africa', async () => {
      await reader.open('#/countries?q=cote&region=africa');
      assert.equal(await reader.text(STATUS), '1 of 139 countries and territories');
      assert.deepEqual(await reader.texts(TABLE_LINKS), ["Côte d'Ivoire"]);
      await reader.click(named('main button', 'Clear all filters'));
      await reader.untilHash('#/countries');
      assert.equal(await reader.text(STATUS), '139 of 139 countries and territories');
    });

    test('the rows of a view download as CSV and JSON, and its link copies', async () => {
      await reader.open('#/countries?region=oceania');
      const csv = await reader.download('main a[aria-label="Download these rows as CSV"]');
      // Named by its filters, and with a byte-order mark so that spreadsheets read it as UTF-8.
      assert.equal(csv.name, 'countries-region-oceania.csv');
      assert.deepEqual(csv.head, [0xef, 0xbb, 0xbf]);
      assert.equal(
        csv.text,
        'code,name,region,subregion,operations,cases,involved_in_cases,first_year,last_year\r\n' +
          'AU,Australia,Oceania,Australia and New Zealand,1,0,0,2024,2024\r\n' +
          'NZ,New Zealand,Oceania,Australia and New Zealand,1,0,0,2024,2024\r\n',
      );
      const json = await reader.download('main a[aria-label="Download these rows as JSON"]');
      assert.equal(json.name, 'countries-region-oceania.json');
      // Counts and years are numbers, not strings.
      assert.deepEqual(JSON.parse(json.text)[0], {
        code: 'AU',
        name: 'Australia',
        region: 'Oceania',
        subregion: 'Australia and New Zealand',
        operations: 1,
        cases: 0,
        involved_in_cases: 0,
        first_year: 2024,
        last_year: 2024,
      });
      const copied = await reader.copy(named('main button', 'Copy link to this view'));
      await reader.waitFor(named('main .copy-result', 'Link copied.'));
      assert.equal(copied.length, 1);
      assert.ok(copied[0].endsWith('#/countries?region=oceania'), copied[0]);
    });

    for (const refusing of [false, true]) {
      test(`with ${refusing ? 'a clipboard that refuses' : 'no clipboard'}, copy link selects the link to copy by hand`, async () => {
        await reader.open('#/countries?region=oceania');
        await reader.spoilClipboard({ refusing });
        await reader.click(named('main button', 'Copy link to this view'));
        await reader.waitFor(named('main .copy-result', 'The link is selected in the field below: copy it from there.'));
        const field = await reader.run(() => {
          const input = document.querySelector('main .link-to-copy input');
          const { width } = input.getBoundingClientRect();
          return {
            value: input.value,
            width,
            focused: document.activeElement === input,
            selected: input.value.slice(input.selectionStart, input.selectionEnd),
          };
        });
        assert.ok(field.value.endsWith('#/countries?region=oceania'), field.value);
        assert.ok(field.width > 100, `a field ${field.width} px wide`);
        assert.equal(field.focused, true);
        assert.equal(field.selected, field.value);
      });
    }

    test('the comparison chart states each operation\'s figure and follows the choice in the URL', async () => {
      await reader.open('#/timeline');
      const values = named('main table', /per operation/, 'tbody td');
      // Arrests by default: the statement's 152, Turquesa II's "more than 200", then 286, 300, 2,517.
      assert.deepEqual(await reader.texts(values), ['152', 'more than 200', '286', '300', '2,517']);
      await reader.click('main select option[value=victims_rescued]');
      await reader.untilHash('#/timeline?figure=victims_rescued');
      assert.deepEqual(await reader.texts(values), ['not stated', 'close to 100', 'some 430', 'nearly 700', '3,222']);
      await reader.reload();
      assert.equal(await reader.property('main select', 'value'), 'victims_rescued');
    });

    test('the operations table sorts by participants', async () => {
      await reader.open('#/operations');
      await reader.click(columnHeader('Participants', 'button'));
      assert.equal(await reader.attribute(columnHeader('Participants'), 'aria-sort'), 'descending');
      // 116, 47, 44, 32 stated; the two without participants last.
      assert.deepEqual(await reader.texts(TABLE_LINKS), [
        'Operation Liberterra II',
        'Operation Liberterra',
        'Operation Weka II',
        'Operation Turquesa II',
        'Operation Turquesa',
        'Operation Weka I',
      ]);
    });

    test('a figure is compared across operations from the operations table', async () => {
      await reader.open('#/operations');
      await reader.click(columnHeader('Arrests', 'button'));
      await reader.untilHash('#/operations?sort=-arrests');
      // 2,517, 300, 286, more than 200, 152; Weka I states none and goes last.
      assert.deepEqual(await reader.texts(TABLE_LINKS), [
        'Operation Liberterra II',
        'Operation Weka II',
        'Operation Liberterra',
        'Operation Turquesa II',
        'Operation Turquesa',
        'Operation Weka I',
      ]);
      const weka = rowCells(/^Operation Weka II/);
      // When, participants, arrests (with what they leave out), victims rescued, migrants.
      assert.equal((await reader.texts(weka))[2], '300some 100 arrests for other crimes not included');
      assert.equal((await reader.texts(weka))[3], 'nearly 700');
      await reader.click(named('main table tbody tr', /^Operation Weka II/, 'td a'));
      await reader.waitFor(heading('Operation Weka II'));
    });

    test('Weka II in thirty seconds: one line with when, where and the headline figures', async () => {
      await reader.open('#/timeline');
      assert.equal(
        await reader.text('main ul.totals li'),
        '3,455 arrests in the 5 operations that state it, 1 of them approximately (“more than”)',
      );
      await reader.open('#/operations/weka-ii-2022');
      assert.equal(
        await reader.text('main .summary-line'),
        '12–17 June 2022 · participants: 44 countries (stated and listed) · 300 arrests · nearly 700 victims rescued · ' +
          'some 4,000 irregular migrants identified',
      );
    });

    test("a country's operations come with their headline figures", async () => {
      await reader.open('#/countries/ES');
      assert.deepEqual(await reader.texts('main .operation-list li'), [
        'Operation Turquesa II 27 November – 3 December 2020 · human trafficking, migrant smuggling · ' +
          'more than 200 arrests · close to 100 victims rescued · some 3,500 irregular migrants identified',
        'Operation Liberterra 5–9 July 2021 · human trafficking, migrant smuggling · 286 arrests · ' +
          'some 430 victims rescued · 4,000 irregular migrants identified',
        'Operation Weka II 12–17 June 2022 · human trafficking, migrant smuggling · 300 arrests · ' +
          'nearly 700 victims rescued · some 4,000 irregular migrants identified',
        'Operation Liberterra II 29 September – 4 October 2024 · human trafficking, migrant smuggling · ' +
          '2,517 arrests · 3,222 victims rescued · 17,793 irregular migrants identified',
      ]);
    });

    test("an operation's countries of one region, from its page", async () => {
      await reader.open('#/operations/weka-ii-2022');
      await reader.click(named('main a', "Operation Weka II's countries on the countries view"));
      await reader.untilHash('#/countries?operation=weka-ii-2022');
      assert.equal(await reader.text(STATUS), '44 of 139 countries and territories');
      // The chip names the operation, not its id.
      await reader.waitFor(named('main button', 'Remove filter Operation: Operation Weka II'));
      await reader.click(named('main fieldset.facet label', /^Europe \(2 countries\)$/, 'input[type=checkbox]'));
      await reader.untilHash('#/countries?operation=weka-ii-2022&region=europe');
      assert.deepEqual((await reader.texts(TABLE_LINKS)).sort(), ['Greece', 'Spain']);
    });

    test('the countries × operations matrix is a tab, in the address and by keyboard', async () => {
      await reader.open('#/countries?region=oceania&tab=matrix');
      const matrix = (inner) => named('main table', 'Countries and territories by operation', inner);
      assert.deepEqual(await reader.texts(matrix('thead th')), [
        'Country',
        'Turquesa 2019',
        'Turquesa II 2020',
        'Liberterra 2021',
        'Weka II 2022',
        'Liberterra II 2024',
      ]);
      // Australia and New Zealand took part in Liberterra II only.
      assert.deepEqual(await reader.texts(rowCells(/^Australia/)), ['', '', '', '', '●took part']);
      const matrixTab = named('[role=tab]', 'Countries × operations');
      assert.equal(await reader.attribute(matrixTab, 'aria-selected'), 'true');
      await reader.press(matrixTab, Key.ARROW_LEFT);
      await reader.untilHash('#/countries?region=oceania');
      assert.equal(await reader.attribute(named('[role=tab]', 'Table'), 'aria-selected'), 'true');
      assert.equal(await reader.run(() => document.activeElement.textContent), 'Table');
    });

    test('a year range filters operations', async () => {
      await reader.open('#/operations');
      const from = named('main fieldset.years label', 'From', 'input');
      const to = named('main fieldset.years label', 'to', 'input');
      await reader.type(from, '2021');
      await reader.press(from, Key.ENTER);
      await reader.type(to, '2022');
      await reader.press(to, Key.TAB);
      await reader.untilHash('#/operations?from=2021&to=2022');
      assert.deepEqual(await reader.texts(TABLE_LINKS), ['Operation Liberterra', 'Operation Weka I', 'Operation Weka II']);
    });

    test('an empty countries result says whether one filter or the combination emptied it', async () => {
      await reader.open('#/countries?q=spain&region=oceania');
      assert.equal(
        await reader.text(STATUS),
        'No country matches these filters together; each alone matches some.',
      );
    });
  });
}
