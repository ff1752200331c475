// What needs media emulation, which WebDriver lacks: narrow screens, a dark colour scheme and
// print, in Chromium under playwright-core. The journeys in every engine are in explorer.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

import { serveDirectory } from './server.mjs';
import { launchBrowser, openPage, waitForReady } from './browser.mjs';

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

test('narrow screens, dark mode and print', async () => {
  const server = await serveDirectory(dist);
  const browser = await launchBrowser();
  try {
    const { page, problems } = await openPage(browser);
    const open = async (hash) => {
      await page.goto(`${server.url}${hash}`);
      await waitForReady(page);
    };
    await open('#/operations');
    // 360 px wide: nothing but the wide tables (which scroll inside main) may widen the page.
    await page.setViewportSize({ width: 360, height: 740 });
    for (const hash of ['#/timeline', '#/operations', '#/cases', '#/operations/liberterra-ii-2024', '#/countries', '#/map', '#/sources/weka-ii-2022.txt']) {
      await open(hash);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, hash);
    }
    // At 320 px the cases table, whose case text keeps a readable width, is wider than the
    // screen: it scrolls sideways in its own box, and the page does not.
    await page.setViewportSize({ width: 320, height: 640 });
    await open('#/cases?theme=forced_labour');
    const widths = await page.evaluate(() => {
      const box = document.querySelector('main .table-scroll');
      box.scrollLeft = box.scrollWidth;
      const root = document.documentElement;
      return { page: root.scrollWidth - root.clientWidth, hidden: box.scrollWidth - box.clientWidth, scrolled: box.scrollLeft };
    });
    assert.equal(widths.page, 0);
    assert.ok(widths.hidden > 0 && Math.abs(widths.scrolled - widths.hidden) <= 1, JSON.stringify(widths));
    await page.setViewportSize({ width: 360, height: 740 });
    // The map's palette runs the other way in dark mode: Spain (four operations, the top
    // class of this data) is one of the darkest steps in light mode, one of the brightest in dark.
    await open('#/map');
    const spainFill = () => page.evaluate(() => getComputedStyle(document.querySelector('path[data-code="ES"]')).fill);
    assert.equal(await spainFill(), 'rgb(64, 70, 136)');
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      const { background, fills } = await page.evaluate(mapPalette);
      const steps = fills.map(({ name, fill }) => ({ name, fill, contrast: contrast(fill, background) }));
      const said = steps.map(({ name, fill, contrast }) => `${name} ${fill} ${contrast.toFixed(2)}`).join('; ');
      // Each step further from the background than the one before, and visibly so.
      for (let i = 1; i < steps.length; i += 1) {
        assert.ok(steps[i].contrast / steps[i - 1].contrast >= 1.15, `${colorScheme}: ${said}`);
      }
      // No data in grey, counts in colour.
      for (const { name, fill } of steps) assert.equal(chroma(fill) > 60, name.startsWith('map-class'), `${colorScheme}: ${said}`);
    }
    assert.equal(await spainFill(), 'rgb(149, 216, 64)');
    const background = await page.evaluate(() => getComputedStyle(document.querySelector('.interpol-explorer')).backgroundColor);
    assert.equal(background, 'rgb(18, 20, 23)');
    // Printed, the map keeps its shading and its legend.
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    assert.equal(await page.locator('.world-map > svg').isVisible(), true);
    assert.equal(await page.locator('.map-legend').isVisible(), true);
    assert.equal(await spainFill(), 'rgb(64, 70, 136)');
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    await open('#/operations');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('searchbox').isVisible(), false);
    assert.equal(await page.getByRole('table').isVisible(), true);
    // Like every journey, it must end without an error in the console or a request off this machine.
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
