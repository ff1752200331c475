// Where the explorer cannot start, the page keeps its static summary and says why above it,
// with `link` (a file named in the reason) as a link; inside an iframe, it tells the host page
// how tall the page is now, since the explorer that would have told it did not start.
function cannotStart(reason, link) {
  var line = document.createElement('p');
  line.className = 'notice';
  var at = link ? reason.indexOf(link) : -1;
  if (at < 0) {
    line.textContent = reason + ' Below is a summary of the data.';
  } else {
    var anchor = document.createElement('a');
    anchor.href = link;
    anchor.textContent = link;
    line.appendChild(document.createTextNode(reason.slice(0, at)));
    line.appendChild(anchor);
    line.appendChild(document.createTextNode(reason.slice(at + link.length) + ' Below is a summary of the data.'));
  }
  var summary = document.querySelector('[data-static-summary]');
  if (summary) summary.insertBefore(line, summary.firstChild);
  if (window.parent === window) return;
  var report = function () {
    var height = document.documentElement.offsetHeight;
    window.parent.postMessage({ type: 'interpol-explorer:height', height: height }, '*');
  };
  report();
  if (window.ResizeObserver) new ResizeObserver(report).observe(document.documentElement);
}
