// What needs media emulation, which WebDriver lacks: narrow screens, a dark colour scheme and
// print, in Chromium under playwright-core. The journeys in every engine are in explorer.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

import { openView, servedInChromium, waitForReady, withCleanPage } from './browser.mjs';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));

/**
 * Runs in the page: the background and, from "not named" to the highest count, the fill each
 * of the map's classes is painted with (probe shapes in the map, removed again).
 */
function mapPalette() {
  const map = document.querySelector('.world-map > svg');
  const names = ['map-absent', 'map-none', ...[0, 1, 2, 3, 4].map((i) => `map-class-${i}`)];
  const fills = names.map((name) => {
    const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    probe.setAttribute('class', name);
    map.append(probe);
    const { fill } = getComputedStyle(probe);
    probe.remove();
    return { name, fill };
  });
  return { background: getComputedStyle(document.querySelector('.interpol-explorer')).backgroundColor, fills };
}

/** The channels of an `rgb(r, g, b)` colour. */
const channels = (colour) => colour.match(/\d+/g).slice(0, 3).map(Number);

/** WCAG's contrast ratio of two colours. */
function contrast(a, b) {
  const luminance = (colour) => {
    const [r, g, bl] = channels(colour).map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

/** How far a colour is from grey: its largest channel less its smallest. */
const chroma = (colour) => Math.max(...channels(colour)) - Math.min(...channels(colour));

/** A phone's screen and a desktop's window, in CSS pixels. */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** Every view of the app, filtered views and the tabs with the widest tables included. */
const VIEWS = [
  '#/timeline',
  '#/timeline?figure=participants',
  '#/operations',
  '#/operations?q=cote&theme=forced_labour',
  '#/operations/weka-ii-2022',
  '#/operations/liberterra-ii-2024',
  '#/countries',
  '#/countries?q=cote&region=africa',
  '#/countries?tab=matrix',
  '#/countries/ES',
  '#/map',
  '#/sources',
  '#/sources/weka-ii-2022.txt',
  '#/about',
];

const shared = servedInChromium(dist);

/**
 * Runs `check` on a fresh page of the given size (and playwright context options), then
 * asserts that nothing went wrong meanwhile: no console error, no request off this machine.
 */
const withPage = (viewport, check, options = {}) => withCleanPage(shared.browser, { viewport, ...options }, check);

/** Opens `hash` of the app and waits for its first render. */
const open = (page, hash) => openView(page, shared.server, hash);

/** How far the page scrolls sideways: 0 when nothing is wider than the window. */
function pageOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('narrow screens, dark mode and print', async () => {
  await withPage(DESKTOP, async (page) => {
    // 360 px wide, a small phone: nothing may widen the page.
    await page.setViewportSize({ width: 360, height: 740 });
    for (const hash of ['#/timeline', '#/operations', '#/cases', '#/operations/liberterra-ii-2024', '#/countries', '#/map', '#/sources/weka-ii-2022.txt']) {
      await open(page, hash);
      assert.equal(await pageOverflow(page), 0, hash);
    }
    // At 320 px each case's sentence wraps within the screen: the cases table fits its box,
    // which has nothing to scroll, and the page does not scroll either.
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page, '#/cases?theme=forced_labour');
    const widths = await page.evaluate(() => {
      const box = document.querySelector('main .scroll-box');
      const root = document.documentElement;
      return { page: root.scrollWidth - root.clientWidth, hidden: box.scrollWidth - box.clientWidth };
    });
    assert.deepEqual(widths, { page: 0, hidden: 0 });
    await page.setViewportSize({ width: 360, height: 740 });
    // The map's palette keeps its hues and their order in dark mode, darker on light and
    // brighter on dark: Spain (four operations, the top class of this data) is purple in both.
    await open(page, '#/map');
    const spainFill = () => page.evaluate(() => getComputedStyle(document.querySelector('path[data-code="ES"]')).fill);
    assert.equal(await spainFill(), 'rgb(106, 31, 154)');
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      const { background, fills } = await page.evaluate(mapPalette);
      const steps = fills.map(({ name, fill }) => ({ name, fill, contrast: contrast(fill, background) }));
      const said = steps.map(({ name, fill, contrast }) => `${name} ${fill} ${contrast.toFixed(2)}`).join('; ');
      // Each step further from the background than the one before, and visibly so; every
      // count 3:1 or more from the page (WCAG's contrast for graphics).
      for (let i = 1; i < steps.length; i += 1) {
        assert.ok(steps[i].contrast / steps[i - 1].contrast >= 1.15, `${colorScheme}: ${said}`);
      }
      for (const { name, contrast } of steps) assert.ok(!name.startsWith('map-class') || contrast >= 3, `${colorScheme}: ${said}`);
      // No data in grey, counts in colour.
      for (const { name, fill } of steps) assert.equal(chroma(fill) > 60, name.startsWith('map-class'), `${colorScheme}: ${said}`);
    }
    assert.equal(await spainFill(), 'rgb(197, 138, 245)');
    const background = await page.evaluate(() => getComputedStyle(document.querySelector('.interpol-explorer')).backgroundColor);
    assert.equal(background, 'rgb(18, 20, 23)');
    // Printed, the map keeps its shading and its legend.
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    assert.equal(await page.locator('.world-map > svg').isVisible(), true);
    assert.equal(await page.locator('.map-legend').isVisible(), true);
    assert.equal(await spainFill(), 'rgb(106, 31, 154)');
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    await open(page, '#/operations');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('searchbox').isVisible(), false);
    assert.equal(await page.getByRole('table').isVisible(), true);
  });
});

test('on a phone no view scrolls sideways; a wide table scrolls in a labelled box a keyboard can scroll', async () => {
  await withPage(PHONE, async (page) => {
    let tables = 0;
    for (const hash of VIEWS) {
      await open(page, hash);
      assert.equal(await pageOverflow(page), 0, `${hash} is wider than the screen`);
      // Every table sits in its own scroll box: a region with a name, in the tab order.
      const boxes = await page.locator('main table').evaluateAll((tables) =>
        tables.map((table) => {
          const box = table.parentElement;
          return {
            table: table.querySelector('caption')?.textContent,
            overflow: getComputedStyle(box).overflowX,
            role: box.getAttribute('role'),
            tabindex: box.getAttribute('tabindex'),
            label: box.getAttribute('aria-label'),
          };
        }),
      );
      for (const box of boxes) {
        assert.deepEqual(box, { ...box, overflow: 'auto', role: 'region', tabindex: '0', label: box.table }, hash);
      }
      tables += boxes.length;
    }
    // Operations, countries, matrix, figures, comparisons and the map's table: each was seen.
    assert.ok(tables >= 10, `${tables} tables`);
    // The matrix, six operations wide, is wider than a phone: its box scrolls, with the keys.
    await open(page, '#/countries?tab=matrix');
    const box = page.getByRole('region', { name: 'Countries and territories by operation' });
    const overflow = await box.evaluate((element) => element.scrollWidth - element.clientWidth);
    assert.ok(overflow > 100, `the matrix overflows its box by ${overflow} px`);
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((element) => element.scrollLeft > 0, await box.elementHandle());
    assert.equal(await pageOverflow(page), 0);
  });
  // And the page a browser without JavaScript shows: the static summary.
  await withPage(PHONE, async (page) => {
    await page.goto(shared.server.url);
    assert.equal(await pageOverflow(page), 0, 'the summary is wider than the screen');
  }, { javaScriptEnabled: false });
});

test('on a phone the operations come before the filters, which one control opens', async () => {
  await withPage(PHONE, async (page) => {
    await open(page, '#/operations');
    const toggle = page.getByRole('button', { name: /^Filters \(/ });
    assert.equal(await toggle.textContent(), 'Filters (0 chosen)');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.getByRole('searchbox').isVisible(), false);
    // The first row of the table is on the first screen.
    const firstRow = await page.locator('main table tbody tr').first().boundingBox();
    assert.ok(firstRow.y + firstRow.height < PHONE.height, `first row at ${firstRow.y} px`);

    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.getByRole('searchbox').isVisible(), true);
    // No facet hides choices in a small scroll area: every choice it shows is in its box, and
    // a facet showing only its first choices says how many there are.
    const facets = await page.locator('main fieldset.facet').evaluateAll((sets) =>
      sets.map((set) => ({
        facet: set.querySelector('legend').textContent,
        hidden: set.scrollHeight - set.clientHeight,
        more: set.querySelector('button.more')?.textContent ?? null,
      })),
    );
    assert.ok(facets.length >= 4, JSON.stringify(facets));
    for (const facet of facets) assert.ok(facet.hidden <= 1, JSON.stringify(facet));
    assert.ok(facets.some((facet) => /^Show all \d+$/.test(facet.more ?? '')), JSON.stringify(facets));

    // Chosen filters are counted on the control, which a reader sees with the panel closed.
    await open(page, '#/operations?theme=forced_labour&from=2021');
    await page.reload();
    await waitForReady(page);
    assert.equal(await toggle.textContent(), 'Filters (2 chosen)');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  });
  await withPage(DESKTOP, async (page) => {
    await open(page, '#/operations');
    const toggle = page.getByRole('button', { name: /^Filters \(/ });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.getByRole('searchbox').isVisible(), true);
  });
});

/** What the timeline shows: its labels' sizes on screen, its cue, and its bars out of view. */
function timelineAsSeen(page) {
  return page.evaluate(async () => {
    // Whether the box scrolls is learnt from a ResizeObserver, which reports after a frame's
    // layout: measured at once, the first render may not have heard from it yet.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const svg = document.querySelector('svg.timeline');
    const scroller = svg.closest('.timeline-scroll');
    // The SVG's user units are scaled to its box: a label's size on screen is its font size
    // times that scale.
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const sizes = [...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
    // The lane names stay at the left edge; what scrolls is the plot to their right.
    const view = scroller.getBoundingClientRect();
    const from = svg.querySelector('.lane-names').getBoundingClientRect().right;
    const bars = [...svg.querySelectorAll('rect.bar')].map((bar) => bar.getBoundingClientRect());
    const cue = document.querySelector('.timeline-cue');
    return {
      smallest: Math.min(...sizes),
      earlier: bars.filter((bar) => bar.right <= from).length,
      later: bars.filter((bar) => bar.left >= view.right).length,
      cue: cue && cue.checkVisibility() ? cue.textContent : null,
      scrolls: scroller.scrollWidth > scroller.clientWidth,
      // A tab stop, and named as one that scrolls, only when it does.
      tabindex: scroller.getAttribute('tabindex'),
      label: scroller.getAttribute('aria-label'),
    };
  });
}

test('the timeline is legible on a phone and says that it scrolls', async () => {
  await withPage(PHONE, async (page) => {
    await open(page, '#/timeline');
    const seen = await timelineAsSeen(page);
    assert.ok(seen.smallest >= 12, `labels of ${seen.smallest.toFixed(1)} px`);
    assert.ok(seen.scrolls);
    assert.deepEqual([seen.tabindex, seen.label], ['0', 'Timeline, scrolls sideways']);
    // It opens on the latest operations, and says how many earlier ones are out of view.
    assert.equal(seen.later, 0);
    assert.ok(seen.earlier > 0);
    assert.equal(seen.cue, `Scroll sideways for ${seen.earlier} earlier operation${seen.earlier === 1 ? '' : 's'}`);
    // Scrolled to its start, the cue follows.
    await page.locator('.timeline-scroll').evaluate((element) => element.scrollTo({ left: 0 }));
    await page.waitForFunction(() => /later/.test(document.querySelector('.timeline-cue')?.textContent));
    const start = await timelineAsSeen(page);
    assert.equal(start.earlier, 0);
    assert.equal(start.cue, `Scroll sideways for ${start.later} later operation${start.later === 1 ? '' : 's'}`);
  });
  await withPage(DESKTOP, async (page) => {
    await open(page, '#/timeline');
    const seen = await timelineAsSeen(page);
    assert.ok(seen.smallest >= 12, `labels of ${seen.smallest.toFixed(1)} px`);
    assert.deepEqual(
      { ...seen, smallest: 0 },
      { smallest: 0, earlier: 0, later: 0, cue: null, scrolls: false, tabindex: null, label: 'Timeline' },
    );
  });
});

/**
 * Every table's columns whose body cells are all right-aligned (numbers), each with its
 * header's alignment and how far the header's text ends from where the numbers end.
 */
function numberColumns(page) {
  return page.locator('table').evaluateAll((tables) =>
    tables.flatMap((table) => {
      const headers = [...table.querySelectorAll('thead th')];
      const rows = [...table.querySelectorAll('tbody tr')];
      return headers.flatMap((header, column) => {
        const cells = rows.map((row) => row.children[column]).filter(Boolean);
        if (cells.length === 0 || !cells.every((cell) => getComputedStyle(cell).textAlign === 'right')) return [];
        // Where the text ends: a cell's or header's text, or a sort button with its arrow.
        const textEnd = (element) => {
          const button = element.querySelector('button');
          if (button) return button.getBoundingClientRect().right;
          const range = document.createRange();
          range.selectNodeContents(element);
          return range.getBoundingClientRect().right;
        };
        const cellEnd = Math.max(...cells.map(textEnd));
        return [{ header: header.textContent.trim(), align: getComputedStyle(header).textAlign, gap: Math.round(cellEnd - textEnd(header)) }];
      });
    }),
  );
}

test('number columns have their headers aligned right, over the numbers', async () => {
  await withPage(DESKTOP, async (page) => {
    const seen = {};
    for (const hash of ['#/countries', '#/operations/liberterra-ii-2024', '#/map']) {
      await open(page, hash);
      await page.locator('details.map-table').evaluateAll((details) => details.forEach((d) => { d.open = true; }));
      seen[hash] = await numberColumns(page);
    }
    assert.deepEqual(Object.values(seen).map((columns) => columns.map((c) => c.header)), [
      ['Operations', 'Cases', 'Named in cases', 'First year', 'Last year'],
      ['Value'],
      ['Operations'],
    ]);
    for (const column of Object.values(seen).flat()) {
      assert.equal(column.align, 'right', column.header);
      assert.ok(Math.abs(column.gap) <= 2, JSON.stringify(column));
    }
  });
  await withPage(DESKTOP, async (page) => {
    await page.goto(shared.server.url);
    const columns = await numberColumns(page);
    assert.deepEqual(columns.map((c) => [c.header, c.align]), [
      ['Arrests', 'right'],
      ['Victims rescued', 'right'],
      ['Irregular migrants identified', 'right'],
      ['Checks against INTERPOL databases', 'right'],
    ]);
  }, { javaScriptEnabled: false });
});
