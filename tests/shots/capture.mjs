// The browser half of `cargo xtask shots`: serves a bundle on 127.0.0.1 as a host serves it
// (compressed, under the strict Content-Security-Policy; xtask/server.mjs) and writes a full-page
// screenshot of each shot of a plan, in headless Chromium under playwright-core (the browser
// and helpers of the end-to-end media tests).
//
//   node tests/shots/capture.mjs BUNDLE_DIR PLAN_JSON RESULTS_JSON
//
// The plan is a list of { address, width, height, scheme, javascript, path }: `address` is
// relative to the bundle (a page and a hash), `scheme` "light" or "dark", `path` where the PNG
// goes. The results, one per shot in the plan's order, are { width, height, problems } or
// { error, problems }: the image's size, or why the shot failed; and the console errors or
// foreign requests seen meanwhile. A failed shot does not stop the others; the script exits 0
// once every shot was tried, and xtask reports the failures.
import { readFile, writeFile } from 'node:fs/promises';

import { launchBrowser, openPage, waitForReady } from '../e2e/browser.mjs';
import { serveDirectory } from '../../xtask/server.mjs';

/** How long one step of a shot (loading, the app's first render) may take. */
const PATIENCE_MS = 15_000;

const [bundle, planPath, resultsPath] = process.argv.slice(2);
if (!resultsPath) {
  console.error('usage: node tests/shots/capture.mjs BUNDLE_DIR PLAN_JSON RESULTS_JSON');
  process.exit(2);
}
const plan = JSON.parse(await readFile(planPath, 'utf8'));

/**
 * Resolves once the page's height has stayed the same for three animation frames (or after
 * two seconds): an iframe's host resizes it only after the explorer inside has rendered and
 * posted its height, a frame or two after the explorer's ready mark.
 */
function layoutSettled(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const started = performance.now();
        let last = -1;
        let steady = 0;
        const check = () => {
          const height = document.documentElement.scrollHeight;
          steady = height === last ? steady + 1 : 0;
          last = height;
          if (steady >= 3 || performance.now() - started > 2000) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

/** Takes one shot; gives back its result. */
async function take(browser, baseUrl, shot) {
  const { page, problems, close } = await openPage(browser, {
    viewport: { width: shot.width, height: shot.height },
    colorScheme: shot.scheme,
    javaScriptEnabled: shot.javascript,
  });
  page.setDefaultTimeout(PATIENCE_MS);
  let step = 'loading the page';
  try {
    const response = await page.goto(`${baseUrl}${shot.address}`);
    if (!response.ok()) throw new Error(`the server answered ${response.status()}`);
    if (shot.javascript) {
      // Every explorer on the page, the host page's own and any in an iframe, has rendered.
      step = 'waiting for the explorer:ready mark';
      for (const frame of page.frames()) await waitForReady(frame);
      step = 'waiting for the layout to settle';
      await page.evaluate(() => document.fonts.ready.then(() => true));
      await layoutSettled(page);
    }
    step = 'capturing';
    const png = await page.screenshot({ path: shot.path, fullPage: true, animations: 'disabled' });
    // The image's size is the page's (PNG's header: width and height at bytes 16 and 20).
    return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), problems };
  } catch (error) {
    return { error: `${step}: ${String(error.message).split('\n')[0]}`, problems };
  } finally {
    await close();
  }
}

const server = await serveDirectory(bundle, { host: true });
const browser = await launchBrowser();
const results = [];
try {
  for (const [index, shot] of plan.entries()) {
    const started = performance.now();
    const result = await take(browser, server.url, shot);
    results.push(result);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const what = `${shot.address}${shot.javascript ? '' : ' (JavaScript off)'} ${shot.width}x${shot.height} ${shot.scheme}`;
    console.log(`shots: ${index + 1}/${plan.length} ${what} (${seconds} s)${result.error ? ` FAILED: ${result.error}` : ''}`);
  }
} finally {
  await browser.close();
  await server.close();
}
await writeFile(resultsPath, JSON.stringify(results, null, 2));
