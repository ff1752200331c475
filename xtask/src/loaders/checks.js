// Runs before the explorer's module script, as a classic script that every browser runs, even
// in a page opened from a file, to say why the explorer cannot start where the module script
// cannot say it itself: a browser without module scripts, a module script (or a file it
// imports) that the browser refused, in a page opened from a file or served.
(function () {
  __REASONS__
  __NOTICE__
  if (!('noModule' in HTMLScriptElement.prototype)) {
    cannotStart(REASONS.noModules);
    return;
  }
  var start = document.querySelector('script[type=module][src]');
  if (!start) return;
  start.addEventListener('error', function () {
    // From a file, a refused module is the browser's rule for files (Firefox runs it).
    if (location.protocol === 'file:') {
      cannotStart(REASONS.fromFile, 'explorer-offline.html');
      return;
    }
    __REFUSED__
    whyRefused([start.src, new URL('./__GLUE__', start.src).href]).then(function (reason) {
      cannotStart(reason);
    });
  });
})();
