// Why the browser refused files it fetched with their hashes: asked for again without the
// hash, a file that does not arrive could not be loaded; if every one arrives, one of them was
// changed after the build.
function whyRefused(addresses) {
  var answers = addresses.map(function (address) {
    return fetch(address).then(
      function (answer) { return answer.ok ? '' : (answer.status + ' ' + answer.statusText).trim(); },
      function () { return 'no answer: the server cannot be reached, or does not let this page use the file'; }
    );
  });
  return Promise.all(answers).then(function (problems) {
    for (var i = 0; i < addresses.length; i += 1) {
      if (problems[i]) return REASONS.notLoaded(addresses[i], problems[i]);
    }
    return REASONS.changed(addresses.map(function (address) { return address.split('/').pop(); }));
  });
}

