// What a reader does with the explorer, over W3C WebDriver, so that one set of journeys runs
// in every engine of engines.mjs. Elements are found by CSS selector and, where the markup
// alone cannot tell them apart, by name (see `named`).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** How long a wait may last before the journey fails. */
const PATIENCE_MS = 10_000;

/**
 * The elements matching `css` whose name is `name` (a string, compared whole, or a RegExp),
 * or, with `inner`, the elements matching `inner` inside the first of them.
 */
export function named(css, name, inner) {
  return { css, name, inner };
}

/**
 * Runs in the page: the elements a target (a selector, or what `named` returns) stands for.
 * An element's name is close to what assistive technology calls it: its aria-label, a
 * fieldset's legend, a table's caption, a row's cells one after the other, or else its text.
 */
function find(target, name) {
  const { css, inner } = typeof target === 'string' ? { css: target } : target;
  const pattern = name?.source === undefined ? undefined : new RegExp(name.source, name.flags);
  const squash = (text) => text.replace(/\s+/g, ' ').trim();
  const nameOf = (element) =>
    squash(
      element.getAttribute('aria-label') ??
        (element.localName === 'fieldset' ? element.querySelector('legend')?.textContent : undefined) ??
        (element.localName === 'table' ? element.caption?.textContent : undefined) ??
        (element.localName === 'tr' ? [...element.cells].map((cell) => cell.textContent).join(' ') : undefined) ??
        element.textContent,
    );
  const hits = [...document.querySelectorAll(css)].filter(
    (element) => name == null || (pattern ? pattern.test(nameOf(element)) : nameOf(element) === name),
  );
  if (inner === undefined) return hits;
  return hits.length === 0 ? [] : [...hits[0].querySelectorAll(inner)];
}

/** A script that gives `find` its target as `arguments[0]` and its name as `arguments[1]`. */
function withFind(body) {
  return `const find = ${find}; const elements = find(arguments[0], arguments[1]); ${body}`;
}

/** A target as it can cross into the page: a RegExp becomes its source and flags. */
function wire(target) {
  const name = typeof target === 'string' ? undefined : target.name;
  return [target, name instanceof RegExp ? { source: name.source, flags: name.flags } : name];
}

/** Runs in the page after `find`: whether its first element is rendered. */
const FIRST_IS_VISIBLE = 'return elements[0]?.checkVisibility() === true;';

/**
 * A phone's viewport. No engine's window gets that narrow (Firefox stops at 500 px, WebKit at
 * 447), so `openSized` shows the explorer in a frame of that size, on `VIEWPORT_PAGE`.
 */
export const PHONE = { width: 390, height: 844 };

/**
 * A page holding the explorer's own page (`index.html`, the hash given) in a borderless frame
 * of the size its query asks for: `viewport.html?width=390&height=844#/map`. Serve it beside
 * the bundle (serveDirectory's `pages`).
 */
export const VIEWPORT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A viewport for the explorer</title>
<style>html, body { margin: 0 } iframe { display: block; border: 0 }</style></head>
<body><script>
  const size = new URLSearchParams(location.search);
  const frame = document.createElement('iframe');
  frame.title = 'INTERPOL operations explorer';
  frame.width = size.get('width');
  frame.height = size.get('height');
  frame.src = \`index.html\${location.hash}\`;
  document.body.append(frame);
</script></body></html>`;

/**
 * Runs in a page: records what no reader should meet, into `window.explorerProblems`: an
 * uncaught exception, a promise rejected with nobody to handle it, a file that failed to load,
 * and every console error (a panic of the app is one).
 */
function recordProblems() {
  const problems = [];
  window.explorerProblems = problems;
  window.addEventListener(
    'error',
    (event) => {
      const failed = event.target !== window && (event.target.src || event.target.href);
      problems.push(failed ? `failed to load: ${failed}` : `uncaught: ${event.error?.message ?? event.message}`);
    },
    // A file that fails to load fires on its element, without bubbling: caught on the way down.
    true,
  );
  window.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${event.reason}`));
  const consoleError = console.error;
  console.error = (...args) => {
    problems.push(`console error: ${args.map(String).join(' ')}`);
    consoleError.apply(console, args);
  };
}

/**
 * The explorer's page (`index.html` as built) with `recordProblems` run first in its head, so
 * that every engine records from before the app's first script: WebDriver itself gives no
 * hook that early in Firefox and WebKit. Serve it in place of the built page.
 */
export function recordingProblems(page) {
  const head = '<head>';
  if (!page.includes(head)) throw new Error('the page has no <head> to put the recorder in');
  return page.replace(head, `${head}<script>(${recordProblems})();</script>`);
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export class Reader {
  /** `driver` a WebDriver session; `base` the explorer's address, hashes are added to it. */
  constructor(driver, base) {
    this.driver = driver;
    this.base = base;
    /** What the pages (served by `recordingProblems`) recorded and left since the last `takeProblems`. */
    this.problems = [];
  }

  /** The problems recorded since the last call, the current page's included; then forgets them. */
  async takeProblems() {
    await this.keepProblems();
    return this.problems.splice(0);
  }

  /** Keeps what the current page recorded, before it is left. */
  async keepProblems() {
    // An explorer page without the recorder would record nothing: that is a problem too.
    const recorded = await this.run(
      () => window.explorerProblems?.splice(0) ?? (document.querySelector('.interpol-explorer') ? ['this page records no problems'] : []),
    ).catch((error) => [
      `the page's problems could not be read: ${error.message}`,
    ]);
    this.problems.push(...recorded);
  }

  /** Opens the view at `hash` in a fresh page, and waits until the app is ready. */
  async open(hash) {
    await this.keepProblems();
    // From about:blank, so that a change of hash alone still loads the app anew.
    await this.driver.get('about:blank');
    await this.driver.get(`${this.base}${hash}`);
    await this.ready();
  }

  /**
   * Opens the view at `hash` as a page of `width`×`height` CSS pixels (a frame of that size on
   * VIEWPORT_PAGE), and works inside it until the next `open`.
   */
  async openSized(hash, { width, height }) {
    await this.keepProblems();
    await this.driver.get('about:blank');
    // The outer page's load waits for the frame's, so the frame holds the explorer from here on.
    await this.driver.get(`${this.base}viewport.html?width=${width}&height=${height}${hash}`);
    await this.driver.switchTo().frame(await this.driver.findElement({ css: 'iframe' }));
    await this.ready();
  }

  /** Waits for the app's mark of its first render. */
  async ready() {
    await this.until(() => performance.getEntriesByName('explorer:ready').length > 0, 'explorer:ready');
  }

  async reload() {
    await this.keepProblems();
    await this.driver.navigate().refresh();
    await this.ready();
  }

  async back() {
    await this.driver.navigate().back();
    await this.settle();
  }

  url() {
    return this.driver.getCurrentUrl();
  }

  /** Runs `script` in the page and gives back what it returns. */
  run(script, ...args) {
    return this.driver.executeScript(script, ...args);
  }

  /** Waits until `script`, run in the page, returns a true value, and gives that back. */
  until(script, what, ...args) {
    return this.driver.wait(() => this.run(script, ...args), PATIENCE_MS, `waited for ${what}`);
  }

  /** Waits until the address's hash is `hash`. */
  untilHash(hash) {
    return this.until((expected) => location.hash === expected, `the hash ${hash}`, hash);
  }

  /** Waits until `target` stands for at least one element. */
  async waitFor(target) {
    await this.until(withFind('return elements.length > 0;'), describeTarget(target), ...wire(target));
  }

  /** Waits until the first element `target` stands for is rendered. */
  async waitForVisible(target) {
    await this.until(withFind(FIRST_IS_VISIBLE), describeTarget(target), ...wire(target));
  }

  texts(target) {
    return this.run(withFind('return elements.map((element) => element.textContent);'), ...wire(target));
  }

  /** The text of the first element `target` stands for, once there is one. */
  async text(target) {
    await this.waitFor(target);
    return (await this.texts(target))[0];
  }

  count(target) {
    return this.run(withFind('return elements.length;'), ...wire(target));
  }

  /** An attribute of the first element, once there is one. */
  async attribute(target, name) {
    return (await this.element(target)).getAttribute(name);
  }

  /** A DOM property of the first element (an input's value, say), once there is one. */
  async property(target, name) {
    await this.waitFor(target);
    return this.run(withFind('return elements[0][arguments[2]];'), ...wire(target), name);
  }

  /** Whether the first element is rendered (not in a closed details, not display: none). */
  visible(target) {
    return this.run(withFind(FIRST_IS_VISIBLE), ...wire(target));
  }

  async click(target) {
    await (await this.element(target)).click();
    await this.settle();
  }

  /**
   * Types `text` into the first element a key at a time, each key its own command: Firefox's
   * driver dispatches all the keys of one command before the page runs its microtasks, so the
   * app would see keystrokes faster than any person types them.
   */
  async type(target, text) {
    const element = await this.element(target);
    for (const key of text) await element.sendKeys(key);
    await this.settle();
  }

  /** Presses `keys` (Key.ENTER, a Key.chord...) in one go on the first element, focusing it. */
  async press(target, ...keys) {
    await (await this.element(target)).sendKeys(...keys);
    await this.settle();
  }

  /** The text of the file a download link makes, and the name it offers, without saving it. */
  async download(target) {
    // The app points the link at a blob: address in its click handler; this listener, on
    // window, runs after it, keeps that address and stops the browser from saving the file.
    await this.run(() => {
      window.addEventListener(
        'click',
        (event) => {
          event.preventDefault();
          const link = event.target.closest('a');
          window.downloadedLink = { href: link.href, name: link.getAttribute('download') };
        },
        { once: true },
      );
    });
    await this.click(target);
    const { href, name } = await this.until(() => window.downloadedLink, 'a download');
    // The text as a program reading the file would decode it, and its first three bytes,
    // which decoding hides when they are a byte-order mark.
    const { text, head } = await this.driver.executeAsyncScript(
      (address, done) =>
        fetch(address)
          .then((response) => response.arrayBuffer())
          .then(
            (bytes) => done({ text: new TextDecoder().decode(bytes), head: [...new Uint8Array(bytes.slice(0, 3))] }),
            (error) => done({ text: `${error}`, head: [] }),
          ),
      href,
    );
    return { href, name, text, head };
  }

  /** Clicks a copy button, with a clipboard that records what the app writes to it. */
  async copy(target) {
    await this.run(() => {
      window.copied = [];
      navigator.clipboard.writeText = (text) => {
        window.copied.push(text);
        return Promise.resolve();
      };
    });
    await this.click(target);
    return this.run(() => window.copied);
  }

  /**
   * Takes the page's clipboard away, as a plain-HTTP intranet address does (`navigator.clipboard`
   * exists only in secure contexts, and 127.0.0.1 is one), or with `refusing`, keeps it but
   * makes every write fail, as a browser does that denies the permission.
   */
  async spoilClipboard({ refusing = false } = {}) {
    await this.run((refuse) => {
      if (refuse) {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write denied', 'NotAllowedError'));
      } else {
        delete Navigator.prototype.clipboard;
      }
    }, refusing);
  }

  /** Presses `keys` wherever the focus is, as a person does (Tab from the top of the page, say). */
  async pressKeys(...keys) {
    await this.driver.actions().sendKeys(...keys).perform();
    await this.settle();
  }

  /** axe-core's violations on the page as it stands, one line each. */
  async axeViolations() {
    await this.run(await axeSource);
    return this.driver.executeAsyncScript((done) =>
      window.axe.run().then(
        ({ violations }) =>
          done(violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target})`)),
        (error) => done([`axe failed: ${error}`]),
      ),
    );
  }

  /** The first element `target` stands for, once there is one. */
  async element(target) {
    await this.waitFor(target);
    return this.run(withFind('return elements[0];'), ...wire(target));
  }

  /**
   * Lets the app finish what an event started: it renders in a microtask after the event and,
   * when a render runs long, goes on in a timer task; a timer queued now runs after both.
   */
  async settle() {
    await this.driver.executeAsyncScript((done) => setTimeout(done, 0));
  }
}

/** A target in words, for the message of a wait that timed out. */
function describeTarget(target) {
  return typeof target === 'string' ? target : `${target.css} named ${target.name}${target.inner ? ` › ${target.inner}` : ''}`;
}
