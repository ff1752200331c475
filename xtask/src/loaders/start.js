// Starts the explorer. Files are found beside this script, so the folder works from any path.
import init from './__GLUE__';

__REASONS__
__NOTICE__
__REFUSED__
__FETCH_WASM__
try {
  if (typeof WebAssembly !== 'object') throw cannotStartBecause(REASONS.noWebAssembly);
  await init({ module_or_path: await fetchWasm(new URL('./__WASM__', import.meta.url).href, '__INTEGRITY__') });
} catch (error) {
  cannotStart(reasonFor(error));
  // A failure the words name is said; any other goes on to the console, with its details.
  if (!error?.explorerReason) throw error;
}
