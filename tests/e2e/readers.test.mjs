// What readers found hard, tried again as they tried it: a journalist searching the cases, an
// analyst going from a country to its operations, someone printing an operation, a desktop
// and a phone reader, a newcomer. Each check is of what a person sees: counts, positions,
// scroll, focus, computed style and the text a printer gets. In Chromium under playwright-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { openView, servedInChromium, withCleanPage } from './browser.mjs';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const shared = servedInChromium(dist);

const PHONE = { width: 390, height: 844 };
/** A laptop's window: the size at which the filters pushed the rows below the fold. */
const LAPTOP = { width: 1280, height: 800 };

/** Runs `check` on a fresh page, then asserts that no console error or outside request came. */
const withPage = (viewport, check, options = {}) => withCleanPage(shared.browser, { viewport, ...options }, check);

/** Opens `address` (a hash, or '' for the bare page) and waits for the first render. */
const open = (page, address) => openView(page, shared.server, address);

const status = (page) => page.locator('main [role=status]').first().textContent();
const rowCount = (page) => page.locator('main table tbody tr').count();

test('a search for a theme finds its cases, in either spelling', async () => {
  await withPage(LAPTOP, async (page) => {
    // The forced-labour theme keeps 4 cases; its name typed in the search finds the same 4,
    // though only one of their sentences says "forced labour".
    await open(page, '#/cases?theme=forced_labour');
    assert.equal(await status(page), '4 of 49 cases');
    for (const words of ['forced%20labour', 'forced%20labor']) {
      await open(page, `#/cases?q=${words}`);
      assert.equal(await status(page), '4 of 49 cases', words);
      assert.equal(await rowCount(page), 4, words);
    }
    // Each of the two domestic-servitude cases and both scam-centre cases.
    await open(page, '#/cases?q=domestic%20servitude');
    assert.equal(await status(page), '2 of 49 cases');
    await open(page, '#/cases?q=scam');
    assert.equal(await status(page), '2 of 49 cases');
  });
});

test('a country page leads to the operations it took part in, their table, timeline and map', async () => {
  await withPage(LAPTOP, async (page) => {
    // Brazil took part in Turquesa II, Liberterra, Weka II and Liberterra II.
    await open(page, '#/countries/BR');
    const link = page.getByRole('link', { name: "Brazil's operations in the operations table" });
    assert.match(await link.getAttribute('href'), /#\/operations\?country=BR$/);
    // Its CSV: a header and one line per operation.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download these rows as CSV' }).click()]);
    assert.equal(download.suggestedFilename(), 'operations-country-br.csv');
    const csv = (await readFile(await download.path(), 'utf8')).trim().split(/\r?\n/);
    assert.equal(csv.length, 1 + 4, csv.join('\n'));
    await link.click();
    await page.waitForFunction(() => location.hash === '#/operations?country=BR');
    assert.equal(await status(page), '4 of 6 operations');
    // The active filter names the country, and the panel offers it with its count.
    assert.deepEqual(await page.locator('main .chips li').allTextContents(), ['Country: Brazil ×']);
    assert.equal(await page.getByRole('checkbox', { name: 'Brazil (4 operations)' }).isChecked(), true);
    // A search for the United States finds three operations; two list it as a participant.
    await open(page, '#/operations?q=united%20states');
    assert.equal(await status(page), '3 of 6 operations');
    await open(page, '#/operations?country=US');
    assert.equal(await status(page), '2 of 6 operations');
    // The timeline and the map of the same choice.
    await open(page, '#/timeline?country=US');
    assert.equal(await page.locator('main h2.list-title').textContent(), 'The 2 of 6 operations these filters keep, earliest first');
    assert.equal(await page.locator('main svg.timeline a').count(), 2);
    assert.deepEqual(await page.locator('main .chips li').allTextContents(), ['Country: United States ×']);
    await open(page, '#/map?country=US');
    const description = await page.locator('#interpol-explorer-map-description').textContent();
    assert.match(description, /out of the 2 these filters keep: 57 countries took part in at least one/);
  });
});

test("choosing a figure to compare moves neither the page nor the focus", async () => {
  await withPage(LAPTOP, async (page) => {
    for (const address of ['', '#/', '#/timeline']) {
      await open(page, address);
      const select = page.getByRole('combobox', { name: 'Figure' });
      // Scrolled down to the chart, its control near the top of the window.
      await select.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 100));
      await select.focus();
      const before = await page.evaluate(() => window.scrollY);
      assert.ok(before > 0, `${address}: the chart is below the first screen`);
      await select.selectOption('participants');
      await page.waitForFunction(() => location.hash.includes('figure=participants'));
      await page.locator('main table.bars caption', { hasText: 'participating countries per operation' }).waitFor();
      assert.equal(await page.evaluate(() => window.scrollY), before, address);
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SELECT', address);
    }
  });
});

test('a printed operation page gives each figure, its dates and its participants their sentence, and no on-screen control', async () => {
  await withPage(LAPTOP, async (page) => {
    await open(page, '#/operations/weka-ii-2022');
    await page.emulateMedia({ media: 'print' });
    // Every row of the figures table prints its source sentence and release.
    const sources = await page.locator('main table.figures tbody tr td:last-child').evaluateAll((cells) =>
      cells.map((cell) => cell.innerText.trim()),
    );
    assert.equal(sources.length, 7);
    for (const source of sources) assert.match(source, /\w{4,}.*\n?.*weka-ii-2022\.txt/s, source);
    assert.match(sources.join('\n'), /700/);
    // So do the dates, the duration, the participant count and the participant list.
    const printedSentences = (selector) =>
      page.locator(selector).evaluateAll((elements) => elements.map((element) => element.innerText.trim()));
    const dates = 'Operation Weka II was carried out from 12 to 17 June, where officers progressed cases and carried out intensified checks at border points.';
    const count = 'LYON, France – In an INTERPOL-led crackdown on the criminal groups behind human trafficking and migrant smuggling, authorities across 44 countries have rescued nearly 700 victims of human trafficking.';
    assert.deepEqual(await printedSentences('main dl.facts .source-print blockquote'), [dates, dates, count]);
    const facts = await page.locator('main dl.facts').evaluate((list) => list.innerText);
    assert.match(facts, /When\s+12–17 June 2022[^\n]*\s+Operation Weka II was carried out from 12 to 17 June.*\s+press release, INTERPOL, Lyon, published 2022-06-29 \(weka-ii-2022\.txt\)/);
    const list = await printedSentences('main .list-source .source-print');
    assert.equal(list.length, 1);
    assert.match(list[0], /^Participating countries: Algeria, Angola, .*, Zimbabwe\s+press release, INTERPOL, Lyon, published 2022-06-29 \(weka-ii-2022\.txt\)$/s);
    const printed = await page.locator('main').evaluate((main) => main.innerText);
    for (const control of ['By country', 'By theme', 'to sort, filter by theme or country', 'Download these rows']) {
      assert.ok(!printed.includes(control), `"${control}" prints`);
    }
    // On screen the sentence waits behind its control.
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await page.locator('main table.figures .source-print').first().isVisible(), false);
    assert.equal(await page.getByRole('tab', { name: 'By theme' }).isVisible(), true);
  });
});

test('on a laptop the count and the first rows are on the first screen; closed filters stay closed', async () => {
  await withPage(LAPTOP, async (page) => {
    for (const address of ['#/operations', '#/cases', '#/countries']) {
      await open(page, address);
      assert.equal(await page.getByRole('button', { name: /^Filters/ }).getAttribute('aria-expanded'), 'true', address);
      const count = await page.locator('main [role=status]').first().boundingBox();
      const row = await page.locator('main table tbody tr').first().boundingBox();
      assert.ok(count.y + count.height <= LAPTOP.height, `${address}: the count ends at ${count.y + count.height}`);
      assert.ok(row.y + row.height <= LAPTOP.height, `${address}: the first row ends at ${row.y + row.height}`);
    }
    // Closed once, the filters start closed on the next view and after a reload.
    await page.getByRole('button', { name: /^Filters/ }).click();
    await open(page, '#/operations');
    assert.equal(await page.getByRole('button', { name: /^Filters/ }).getAttribute('aria-expanded'), 'false');
    assert.equal(await page.getByRole('searchbox').isVisible(), false);
    // The rows take the width the filters gave back.
    const table = await page.locator('main table').first().boundingBox();
    assert.ok(table.width > 1000, `the table is ${table.width} px wide`);
    await page.getByRole('button', { name: /^Filters/ }).click();
    await open(page, '#/cases');
    assert.equal(await page.getByRole('button', { name: /^Filters/ }).getAttribute('aria-expanded'), 'true');
  });
});

test("on a phone a table's first column stays in view, and a case's sentence fits the screen", async () => {
  await withPage(PHONE, async (page) => {
    await open(page, '#/operations');
    const box = page.getByRole('region', { name: /^Operations, with their headline figures/ });
    const scrolled = await box.evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
      return element.scrollLeft;
    });
    assert.ok(scrolled > 100, `the table scrolls ${scrolled} px`);
    // Scrolled to the figures, each row's operation is still at the box's left edge, over them.
    const [boxLeft, name] = await Promise.all([
      box.evaluate((element) => element.getBoundingClientRect().left),
      page.locator('main table tbody th').first().boundingBox(),
    ]);
    assert.ok(Math.abs(name.x - boxLeft) <= 1, `the name is at ${name.x}, the box at ${boxLeft}`);
    assert.equal(await page.locator('main table tbody th').first().evaluate((th) => getComputedStyle(th).position), 'sticky');
    // The cases: every sentence wraps within the screen.
    await open(page, '#/cases');
    const cases = await page.locator('main table.cases').evaluate((table) => {
      const box = table.closest('.scroll-box').getBoundingClientRect();
      const quotes = [...table.querySelectorAll('blockquote')].map((quote) => quote.getBoundingClientRect().right);
      return { right: box.right, widest: Math.max(...quotes), quotes: quotes.length };
    });
    assert.ok(cases.quotes >= 20, JSON.stringify(cases));
    assert.ok(cases.widest <= cases.right + 0.5, JSON.stringify(cases));
  });
});

test('the first screen says what the explorer is, on a laptop and on a phone', async () => {
  for (const viewport of [LAPTOP, PHONE]) {
    await withPage(viewport, async (page) => {
      await open(page, '');
      const line = page.locator('main .what-this-is');
      assert.match(
        await line.textContent(),
        /^INTERPOL's operations against human trafficking and migrant smuggling, as its press releases report them: 6 operations from 2019 to 2024, read from 5 releases\./,
      );
      const box = await line.boundingBox();
      assert.ok(box.y + box.height <= viewport.height, `${viewport.width}: the line ends at ${box.y + box.height}`);
    });
  }
});

test('the sources list releases by headline under the operation each reports', async () => {
  await withPage(LAPTOP, async (page) => {
    await open(page, '#/sources');
    const release = page.locator('main .source-group li', { hasText: 'liberterra-ii-2024.txt' });
    assert.match(await release.getByRole('link').textContent(), /^Global raids rescue 3,200 potential victims of trafficking/);
    // The file is named once, as the release's metadata.
    assert.equal((await release.textContent()).split('liberterra-ii-2024.txt').length, 2);
    const headings = await page.locator('main .source-group h2').allTextContents();
    assert.ok(headings.includes('Reporting Operation Liberterra II'), JSON.stringify(headings));
  });
});

test('where each operation has one release the operations view says so; compared rows link', async () => {
  await withPage(LAPTOP, async (page) => {
    await open(page, '#/operations');
    assert.match(await page.locator('main .single-sources').textContent(), /^Each operation here is reported by one release/);
    await open(page, '#/timeline');
    const rows = page.locator('main table.bars tbody tr');
    const links = await page.locator('main table.bars tbody th a').evaluateAll((anchors) =>
      anchors.map((a) => [a.textContent, a.getAttribute('href')]),
    );
    assert.equal(links.length, await rows.count());
    assert.deepEqual(links[0], ['Operation Turquesa', '#/operations/turquesa-2019']);
  });
});

test('smaller obstacles: the figures keep their columns, participants by name, the map says what it shades', async () => {
  await withPage(LAPTOP, async (page) => {
    await open(page, '#/operations/weka-ii-2022');
    const valueColumn = () => page.locator('main table.figures thead th.number').boundingBox();
    const before = await valueColumn();
    await page.locator('main table.figures details.source summary').first().click();
    const after = await valueColumn();
    assert.deepEqual([after.x, after.width], [before.x, before.width]);
    const names = await page.locator('main .country-list a').allTextContents();
    assert.equal(names.length, 44);
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b)));
    await open(page, '#/map');
    const description = await page.locator('#interpol-explorer-map-description').textContent();
    assert.match(description, /^Each country is shaded by the number of operations it is listed as taking part in, out of the 6 these filters keep/);
  });
});

test('on a phone a tap says which country it hit before opening it, and the map speaks of tapping', async () => {
  await withPage(PHONE, async (page) => {
    await open(page, '#/map');
    // The hint a finger can follow: no pointing, no tabbing.
    const readout = page.locator('main .map-readout');
    const hint = await readout.innerText();
    assert.match(hint, /^Tap a country/);
    assert.doesNotMatch(hint, /point|tab/i);
    // Brazil, four operations: the first tap shows its name, count and a link, and stays on the map.
    await page.locator('main .world-map path[data-code="BR"]').tap();
    assert.equal(await readout.innerText(), 'Brazil: 4 operations Open the page of Brazil');
    assert.equal(await page.evaluate(() => location.hash), '#/map');
    // A second tap on it opens its page, as does the readout's link.
    await page.locator('main .world-map path[data-code="BR"]').tap();
    await page.waitForFunction(() => location.hash === '#/countries/BR');
    await open(page, '#/map');
    await page.locator('main .world-map path[data-code="MA"]').tap();
    assert.equal(await readout.innerText(), 'Morocco: 4 operations Open the page of Morocco');
    await readout.getByRole('link', { name: 'Open the page of Morocco' }).tap();
    await page.waitForFunction(() => location.hash === '#/countries/MA');
  }, { hasTouch: true, isMobile: true });
});

test('on the map the focused country wears a ring 3 px wide, on top of its neighbours; a mouse click opens it at once', async () => {
  await withPage(LAPTOP, async (page) => {
    await open(page, '#/map');
    await page.locator('main .world-map a[aria-label^="Spain"]').focus();
    const ring = await page.evaluate(() => {
      const line = document.querySelector('main .world-map .map-ring .map-ring-line');
      const box = (element) => {
        const { left, right, top, bottom } = element.getBoundingClientRect();
        return { left, right, top, bottom };
      };
      return {
        width: parseFloat(getComputedStyle(line).strokeWidth),
        scaling: getComputedStyle(line).vectorEffect,
        // Drawn after every country: nothing paints over it.
        last: line.closest('svg').lastElementChild.contains(line),
        ring: box(line),
        spain: box(document.querySelector('main .world-map path[data-code="ES"]')),
      };
    });
    assert.ok(ring.width >= 3, `a ${ring.width} px ring`);
    assert.equal(ring.scaling, 'non-scaling-stroke');
    assert.equal(ring.last, true);
    assert.deepEqual(ring.ring, ring.spain);
    await page.locator('main .world-map path[data-code="BR"]').click();
    await page.waitForFunction(() => location.hash === '#/countries/BR');
  });
});

test('a region chosen on the map zooms to it, on a phone and on a laptop', async () => {
  // Africa's countries, Cape Verde to Mauritius, are 224 of the map's 1006 units wide and 260
  // tall: with the margin, a 361-unit square. On a phone that is the map's width (2.8 times the
  // world's scale); on a laptop the map stands no taller than 32em, 512 px (1.5 times).
  for (const [viewport, least] of [[PHONE, 2.5], [LAPTOP, 1.4]]) {
    await withPage(viewport, async (page) => {
      const width = (code) => page.locator(`main .world-map [data-code="${code}"]`).evaluate((shape) => shape.getBoundingClientRect().width);
      await open(page, '#/map');
      const nigeria = await width('NG');
      // Brazil, focused before the choice, is not on Africa's map: no count is said for it.
      await page.locator('main .world-map a[aria-label^="Brazil"]').focus();
      assert.equal(await page.locator('main .map-readout').innerText(), 'Brazil: 4 operations');
      const whole = await page.locator('main .world-map > svg').getAttribute('viewBox');
      await open(page, '#/map?region=africa');
      await page.waitForFunction((before) => document.querySelector('main .world-map > svg').getAttribute('viewBox') !== before, whole);
      assert.doesNotMatch(await page.locator('main .map-readout').innerText(), /Brazil/);
      const zoomed = await width('NG');
      assert.ok(zoomed > least * nigeria, `${viewport.width} px: Nigeria ${nigeria} px wide, then ${zoomed}`);
      // Every African country in view, and the map no taller than 32em (512 px).
      const { inside, svg } = await page.evaluate(() => {
        const svg = document.querySelector('main .world-map > svg').getBoundingClientRect();
        const linked = [...document.querySelectorAll('main .world-map .map-linked [data-code]')];
        const inside = linked.every((shape) => {
          const { left, right, top, bottom } = shape.getBoundingClientRect();
          return left >= svg.left - 1 && right <= svg.right + 1 && top >= svg.top - 1 && bottom <= svg.bottom + 1;
        });
        return { inside, svg: { width: svg.width, height: svg.height } };
      });
      assert.equal(inside, true);
      assert.ok(svg.height <= 512, `the map is ${svg.height} px tall`);
    });
  }
});
