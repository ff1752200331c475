// Runs before the explorer's module script, as a classic script that every browser runs, even
// in a page opened from a file, to say why the explorer cannot start where the module script
// cannot say it itself: a page opened from a file, a browser without module scripts, a module
// script (or a file it imports) that the browser refused.
(function () {
  __REASONS__
  __NOTICE__
  if (location.protocol === 'file:') {
    cannotStart(REASONS.fromFile, 'explorer-offline.html');
    return;
  }
  if (!('noModule' in HTMLScriptElement.prototype)) {
    cannotStart(REASONS.noModules);
    return;
  }
  var start = document.querySelector('script[type=module][src]');
  if (!start) return;
  start.addEventListener('error', function () {
    __REFUSED__
    whyRefused([start.src, new URL('./__GLUE__', start.src).href]).then(function (reason) {
      cannotStart(reason);
    });
  });
})();
