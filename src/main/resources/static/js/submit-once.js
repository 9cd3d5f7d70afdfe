// A form's one-time token (the hidden _once field the server puts in every POST form) belongs to the visit of its
// page: Back to the page or a reload of it gets the token it had, kept in the page's history entry, even when the
// browser fetches the page anew. So the form sent again leads to what it made the first time instead of making it
// again; a new visit of the page (a link, New) is a new history entry and gets a new token.
(function () {
  'use strict';
  var inputs = document.querySelectorAll('form input[type=hidden][name=_once]');
  if (!inputs.length) { return; }
  var state = history.state !== null && typeof history.state === 'object' ? history.state : {};
  var kept = Object.assign({}, state.onceTokens);
  var added = false;
  inputs.forEach(function (input, i) {
    var key = (input.form.getAttribute('action') || '') + '#' + i;
    if (kept[key]) {
      input.value = kept[key];
    } else {
      kept[key] = input.value;
      added = true;
    }
  });
  if (added) {
    history.replaceState(Object.assign({}, state, { onceTokens: kept }), '');
  }
})();
