// Lighthouse's half of `cargo xtask bench`: the performance, accessibility and best-practices
// scores of a built bundle served on 127.0.0.1 as a host serves it (xtask/server.mjs in host
// mode: the precompressed copies, cache headers, the strict policy), with Lighthouse's default
// (mobile, simulated throttling) settings and with its desktop preset. Prints one JSON line on
// stdout:
//
//   node bench/lighthouse.mjs DIR
//   {"mobile": {"performance": 0.82, "accessibility": 1, "best_practices": 1,
//               "audits_failed": [{"id": ..., "title": ..., "score": ..., "display_value": ...}],
//               "seconds": 8.1},
//    "desktop": {...}}
//
// Scores run from 0 to 1. A run fails (exit 1) when Lighthouse reports a runtime error, or when
// the page made a request that failed or left 127.0.0.1: the explorer makes none, so either
// means the scores describe something other than the bundle.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
// chrome-launcher comes with Lighthouse (its own dependency), so it is pinned by the same lock.
import * as chromeLauncher from 'chrome-launcher';

import { FLAGS as E2E_FLAGS } from '../tests/e2e/browser.mjs';
import { serveDirectory } from '../xtask/server.mjs';

// The end-to-end tests' flags, with the new headless mode (chrome-launcher, unlike Playwright,
// adds no headless flag). Even with background networking off, Chromium still asks a time
// server for the time and checks for an update (seen in its net log): resolving no host name
// but 127.0.0.1 stops those, and anything else, before a DNS query leaves the machine.
const FLAGS = ['--headless=new', ...E2E_FLAGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

/** Lighthouse's category ids, and the keys they are written under (snake case, as in xtask). */
const CATEGORIES = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'best_practices' };

/** The configurations measured: Lighthouse's default one is the mobile one. */
const PRESETS = { mobile: undefined, desktop: desktopConfig };

/** One Lighthouse run in a Chromium of its own, so that no run inherits another's cache. */
async function audit(url, config) {
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: FLAGS });
  try {
    const flags = { port: chrome.port, onlyCategories: Object.keys(CATEGORIES), logLevel: 'error' };
    const result = await lighthouse(url, flags, config);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/** Why a report cannot be trusted: Lighthouse's runtime error, failed or outside requests. */
function problems(lhr) {
  const found = [];
  if (lhr.runtimeError) found.push(`lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  for (const request of lhr.audits['network-requests']?.details?.items ?? []) {
    const { hostname, protocol } = new URL(request.url);
    const local = ['data:', 'blob:'].includes(protocol) || hostname === '127.0.0.1';
    if (!local) found.push(`request to ${request.url}`);
    // A request that never got an answer has the status code -1.
    const answered = request.finished && request.statusCode > 0 && request.statusCode < 400;
    if (local && !answered) found.push(`failed request: ${request.url} (${request.statusCode})`);
  }
  return found;
}

/** The three scores, and every audit of those categories that scored below 1, worst first. */
function scores(lhr) {
  const figures = {};
  const failed = new Map();
  for (const [id, key] of Object.entries(CATEGORIES)) {
    const category = lhr.categories[id];
    figures[key] = category.score;
    for (const { id: auditId } of category.auditRefs) {
      const { score, title, displayValue } = lhr.audits[auditId];
      // Informative and not-applicable audits have no score (null): they neither pass nor fail.
      if (typeof score === 'number' && score < 1) {
        // Lighthouse writes "4.7 s" with a no-break space; plain spaces read better in the JSON.
        const value = displayValue?.replaceAll('\u00a0', ' ') ?? null;
        failed.set(auditId, { id: auditId, title, score, display_value: value });
      }
    }
  }
  figures.audits_failed = [...failed.values()].sort((a, b) => a.score - b.score);
  return figures;
}

const [dir] = process.argv.slice(2);
const server = await serveDirectory(dir, { host: true });
const results = {};
try {
  for (const [name, config] of Object.entries(PRESETS)) {
    const started = performance.now();
    const lhr = await audit(server.url, config);
    // Lighthouse's warnings (a page that redirected, a slow machine) are shown, not fatal.
    for (const warning of lhr.runWarnings) console.error(`lighthouse (${name}): ${warning}`);
    const found = problems(lhr);
    if (found.length > 0) {
      for (const problem of found) console.error(`lighthouse (${name}): ${problem}`);
      process.exitCode = 1;
    }
    results[name] = { ...scores(lhr), seconds: Math.round((performance.now() - started) / 100) / 10 };
  }
} finally {
  await server.close();
}
if (!process.exitCode) console.log(JSON.stringify(results));
