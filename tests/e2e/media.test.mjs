// What needs media emulation, which WebDriver lacks: narrow screens, a dark colour scheme and
// print, in Chromium under playwright-core. The journeys in every engine are in explorer.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

import { serveDirectory } from './server.mjs';
import { launchBrowser, openPage, waitForReady } from './browser.mjs';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));

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
    // class) is the darkest step in light mode and the lightest in dark mode.
    await open('#/map');
    const spainFill = () => page.evaluate(() => getComputedStyle(document.querySelector('path[data-code="ES"]')).fill);
    assert.equal(await spainFill(), 'rgb(59, 82, 139)');
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.equal(await spainFill(), 'rgb(94, 201, 98)');
    const background = await page.evaluate(() => getComputedStyle(document.querySelector('.interpol-explorer')).backgroundColor);
    assert.equal(background, 'rgb(18, 20, 23)');
    // Printed, the map keeps its shading and its legend.
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    assert.equal(await page.locator('.world-map > svg').isVisible(), true);
    assert.equal(await page.locator('.map-legend').isVisible(), true);
    assert.equal(await spainFill(), 'rgb(59, 82, 139)');
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
