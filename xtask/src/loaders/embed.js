// Mounts the INTERPOL operations explorer into this page's element marked
// data-interpol-explorer (see the explorer's README, Embedding). Files are found beside
// this script, so the folder works from any path.
import init from './__GLUE__';

__REASONS__
__REFUSED__
__FETCH_WASM__
const beside = (file) => new URL(file, import.meta.url).href;
const root = document.querySelector('[data-interpol-explorer]');
if (root && !root.hasAttribute('data-page-url')) root.setAttribute('data-page-url', beside('./index.html'));
if (root) root.setAttribute('data-bundle-url', beside('./'));
// A host page that sets its own colour scheme (color-scheme: dark) gets the explorer in it.
const hostScheme = getComputedStyle(document.documentElement).colorScheme;
if (root && !root.hasAttribute('data-theme') && ['light', 'dark'].includes(hostScheme)) root.setAttribute('data-theme', hostScheme);
const style = document.createElement('link');
style.rel = 'stylesheet';
style.href = beside('./__STYLESHEET__');
await new Promise((done) => { style.onload = style.onerror = done; document.head.append(style); });
try {
  if (typeof WebAssembly !== 'object') throw cannotStartBecause(REASONS.noWebAssembly);
  await init({ module_or_path: await fetchWasm(beside('./__WASM__'), '__INTEGRITY__') });
} catch (error) {
  // The element says why instead of staying blank.
  const line = document.createElement('p');
  line.setAttribute('role', 'alert');
  line.textContent = `The INTERPOL operations explorer could not start. ${reasonFor(error)}`;
  root?.replaceChildren(line);
  // A failure the words name is said; any other goes on to the console, with its details.
  if (!error?.explorerReason) throw error;
}
