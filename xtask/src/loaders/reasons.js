// Why the explorer cannot start, in words a reader (or whoever hosts the explorer) can act on:
// the same in the own page, an iframe and a host page. Plain ES5, for the classic script too.
var REASONS = {
  fromFile: 'This copy of the explorer needs a web server: opened as a file, the browser will not run it. ' +
    'explorer-offline.html, beside this file, opens without one.',
  noModules: 'This browser does not run module scripts, which the explorer needs; a current browser does.',
  noWebAssembly: 'This browser does not run WebAssembly (or it is switched off), which the explorer needs.',
  policy: "This page's Content-Security-Policy does not allow 'wasm-unsafe-eval', which the explorer needs " +
    'to run; ask whoever hosts it.',
  changed: function (files) {
    return 'A file of the explorer was changed after it was built (' + files.join(' or ') + ' does not match ' +
      'its hash), so the browser refused it; ask whoever hosts it.';
  },
  notLoaded: function (address, status) {
    return "The explorer's file " + address + ' could not be loaded (' + status + ').';
  },
  other: function (error) {
    return 'The explorer could not start (' + error + ').';
  },
};

// The reason for an error the start threw: one of ours, a refused compile, or as it came.
function reasonFor(error) {
  if (error && error.explorerReason) return error.explorerReason;
  if (/unsafe-eval|\bCSP\b|Content.Security.Policy/i.test(String(error))) return REASONS.policy;
  return REASONS.other(error);
}

// An error carrying its reason, thrown where the start knows what happened.
function cannotStartBecause(reason) {
  var error = new Error(reason);
  error.explorerReason = reason;
  return error;
}
