// The three browser engines the journeys run in, each driven over W3C WebDriver by the same
// client (selenium-webdriver), so that one set of journeys serves all three:
// - chromium: Debian's Chromium with chromedriver, headless;
// - firefox: Debian's Firefox ESR with geckodriver, headless;
// - webkit: WebKitGTK's MiniBrowser with WebKitWebDriver, on a virtual display (Xvfb), since
//   MiniBrowser has no headless mode.
// None of them may reach beyond 127.0.0.1: their own background traffic is switched off here.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

import { Builder } from 'selenium-webdriver';
import chrome from 'selenium-webdriver/chrome.js';
import firefox from 'selenium-webdriver/firefox.js';

import { FLAGS } from './browser.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Firefox preferences that stop its own requests (updates, telemetry, captive portal...). */
const FIREFOX_QUIET = {
  'app.update.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'toolkit.telemetry.enabled': false,
  'extensions.update.enabled': false,
  'browser.region.network.url': '',
  'browser.search.update': false,
  'media.gmp-manager.url': '',
  'remote.prefs.recommended': true,
};

/** A virtual display for WebKit, started once and stopped with `stopDisplay`. */
let display;

/** How many displays, and driver ports, are tried before the WebKit run gives up. */
const ATTEMPTS = 5;

/** Waits up to `seconds` for `ready()`, checking every 50 ms; says whether it came. */
async function waitFor(ready, seconds) {
  for (let i = 0; i < seconds * 20; i += 1) {
    if (await ready()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/**
 * Xvfb on the first free display of a few. A display another server holds (or a stale lock)
 * makes Xvfb exit at once: the next number is tried, rather than WebKit started on nothing.
 */
async function startDisplay() {
  if (display) return display.name;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const name = `:${90 + ((process.pid + attempt) % 9)}`;
    const lock = `/tmp/.X${name.slice(1)}-lock`;
    if (existsSync(lock)) continue;
    const xvfb = spawn('Xvfb', [name, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    let exited = false;
    xvfb.on('exit', () => { exited = true; });
    // Xvfb writes its lock file once it accepts clients.
    if (await waitFor(() => exited || existsSync(lock), 10) && !exited) {
      display = { name, xvfb };
      return name;
    }
    xvfb.kill();
  }
  throw new Error(`no virtual display for WebKit: Xvfb did not start on ${ATTEMPTS} display numbers`);
}

export function stopDisplay() {
  display?.xvfb.kill();
  display = undefined;
}

/** A fresh WebDriver session in `engine`, with a 1280×900 window. */
export async function startEngine(engine) {
  let driver;
  if (engine === 'chromium') {
    const options = new chrome.Options()
      .setChromeBinaryPath('/usr/bin/chromium')
      .addArguments('--headless=new', ...FLAGS);
    driver = await new Builder()
      .forBrowser('chrome')
      .setChromeOptions(options)
      .setChromeService(new chrome.ServiceBuilder('/usr/bin/chromedriver'))
      .build();
  } else if (engine === 'firefox') {
    const options = new firefox.Options().setBinary('/usr/bin/firefox-esr').addArguments('-headless');
    for (const [name, value] of Object.entries(FIREFOX_QUIET)) options.setPreference(name, value);
    driver = await new Builder()
      .forBrowser('firefox')
      .setFirefoxOptions(options)
      .setFirefoxService(new firefox.ServiceBuilder('geckodriver'))
      .build();
  } else if (engine === 'webkit') {
    const name = await startDisplay();
    driver = await startWebKit(name);
  } else {
    throw new Error(`unknown engine ${engine}; the engines are ${ENGINES.join(', ')}`);
  }
  await driver.manage().window().setRect({ width: 1280, height: 900 });
  return driver;
}

/** WebKitWebDriver on a free port, and a MiniBrowser session through it. */
async function startWebKit(displayName) {
  let server;
  let url;
  for (let attempt = 0; attempt < ATTEMPTS && !url; attempt += 1) {
    const port = 4444 + ((process.pid + attempt) % 1000);
    server = spawn('WebKitWebDriver', [`--port=${port}`], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: displayName },
    });
    const candidate = `http://127.0.0.1:${port}`;
    const up = () => fetch(`${candidate}/status`).then((r) => r.ok, () => false);
    if (await waitFor(up, 20)) url = candidate;
    else server.kill();
  }
  if (!url) throw new Error(`WebKitWebDriver did not answer on ${ATTEMPTS} ports`);
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  };
  const driver = await new Builder().usingServer(url).withCapabilities(capabilities).build();
  const quit = driver.quit.bind(driver);
  driver.quit = async () => {
    await quit().catch(() => {});
    server.kill();
  };
  return driver;
}
