// The pages' behaviour. Served as a file (never inline) so that the Content-Security-Policy can refuse inline
// scripts and event handlers: elements name what they do with data-action, and the listeners below act on it.
'use strict';
document.addEventListener('htmx:configRequest', function (e) {
  var token = document.querySelector('meta[name=csrf-token]');
  if (token) { e.detail.headers['X-CSRF-TOKEN'] = token.content; }
});
function toggleGroup(button) {
  var open = button.closest('tbody').classList.toggle('open');
  button.setAttribute('aria-expanded', open);
  button.closest('tr').classList.toggle('open', open);
}
function unfoldRow(button) {
  var open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', open);
  showRowsOf(button.dataset.row, open);
}
function showRowsOf(row, open) {
  document.querySelectorAll('tr[data-parent="' + row + '"]').forEach(function (tr) {
    tr.hidden = !open;
    var inner = tr.querySelector('button.unfold[aria-expanded=true]');
    if (inner) { showRowsOf(inner.dataset.row, open); }
  });
}
// Adds a row to a form's table of lines from its template; the ids of its inputs, and the names that point at them,
// get the next row number (the template's end in -999).
function addLine(tableBody, template) {
  var body = document.getElementById(tableBody);
  var n = body.querySelectorAll('tr').length;
  var row = document.getElementById(template).content.firstElementChild.cloneNode(true);
  var renumber = function (text) { return text.replace(/-999(?=$|-)/, '-' + n); };
  row.querySelectorAll('[id]').forEach(function (el) { el.id = renumber(el.id); });
  row.querySelectorAll('label[for]').forEach(function (el) { el.htmlFor = renumber(el.htmlFor); });
  row.querySelectorAll('[data-list]').forEach(function (el) { el.dataset.list = renumber(el.dataset.list); });
  row.querySelectorAll('[hx-include]').forEach(function (el) {
    el.setAttribute('hx-include', renumber(el.getAttribute('hx-include')));
  });
  body.appendChild(row);
  if (window.htmx) { htmx.process(row); }
  var first = row.querySelector('select, input');
  if (first) { first.focus(); }
}
// A line of a transfer shows only what its product's tracking needs (data-tracking-for: the lot, or the serial
// numbers), both while no product is chosen; an input with something typed stays shown. A serial product's quantity
// is the count of its serial numbers (on a delivery or internal transfer, once some are listed: without them, the
// quantity is reserved from stock).
function showTracking(line) {
  var select = line.querySelector('select[data-tracked-line]');
  if (!select) { return; }
  var option = select.options[select.selectedIndex];
  var tracking = option && option.value ? option.dataset.tracking : null;
  line.querySelectorAll('[data-tracking-for]').forEach(function (part) {
    var typed = part.querySelector('input[name], textarea[name]');
    part.hidden = !(!tracking || part.dataset.trackingFor === tracking || (typed && typed.value.trim()));
  });
  var quantity = line.querySelector('input[name=quantity]');
  var lot = line.querySelector('input[name=lot]');
  var list = line.querySelector('textarea[name=serials]');
  if (quantity) {
    quantity.readOnly = tracking === 'serial' && !(lot && lot.value.trim())
      && (!!line.closest('form.receipt') || !!(list && list.value.trim()));
  }
  countSerials(line);
}
function countSerials(line) {
  var list = line.querySelector('textarea[name=serials]');
  var quantity = line.querySelector('input[name=quantity]');
  if (!list || !quantity || !quantity.readOnly) { return; }
  var count = list.value.split('\n').filter(function (s) { return s.trim(); }).length;
  quantity.value = count ? String(count) : '';
}
document.addEventListener('change', function (e) {
  if (e.target.matches && e.target.matches('select[data-tracked-line]')) { showTracking(e.target.closest('tr')); }
});
document.addEventListener('input', function (e) {
  if (e.target.matches && e.target.matches('tr.line textarea[name=serials]')) { showTracking(e.target.closest('tr')); }
});
// A scan field adds each scanned number to the serial numbers of its row and keeps the focus. A GS1 code
// (bracketed, scan data with a symbology identifier or GS separators, a Digital Link URI) is read by the server
// where the field says (data-scan-url): the GTIN finds the product, and the row gets it with its lot or serial
// and expiry, or the problem next to it.
function scanInto(event, input) {
  if (event.key !== 'Enter') { return; }
  event.preventDefault();
  var line = input.closest('tr, [data-scan-scope], form');
  var value = input.value.trim();
  if (value && input.dataset.scanUrl && /^(\(\d|\]|https?:\/\/)|\x1d/i.test(value)) {
    fillFromScan(line, input, value);
  } else if (value) {
    var list = line.querySelector('textarea[name=serials]') || line.querySelector('textarea');
    addToList(list, value);
    if (list.name === 'packages') { changed(list); }
    showTracking(line);
  }
  input.value = '';
  input.focus();
}
// a value set by the page is a change, as one typed (what shows the packages' content listens to it)
function changed(field) { field.dispatchEvent(new Event('change', {bubbles: true})); }
function addToList(list, value) {
  list.value += (list.value && !list.value.endsWith('\n') ? '\n' : '') + value + '\n';
}
function fillFromScan(line, input, value) {
  var field = function (name) { return line.querySelector('[name=' + name + ']'); };
  var problem = line.querySelector('.scan-problem');
  var body = new URLSearchParams({scan: value});
  ['productId', 'lot', 'quantity', 'expirationDate'].forEach(function (name) {
    var f = field(name);
    if (f && f.value.trim() && !f.readOnly) { body.append(name, f.value.trim()); }
  });
  var token = document.querySelector('meta[name=csrf-token]');
  input.setAttribute('aria-busy', 'true');
  fetch(input.dataset.scanUrl, {method: 'POST', body: body, headers: token ? {'X-CSRF-TOKEN': token.content} : {}})
    .then(function (r) { return r.json(); })
    .then(function (answer) {
      if (line.tagName === 'TR') { line.classList.toggle('out', !!answer.problem); }
      if (problem) { problem.textContent = answer.problem || ''; }
      if (answer.problem) { return; }
      // a logistic label's SSCC: a package to move whole (the Packages box), or the one a receipt's line arrives in
      var packages = line.querySelector('textarea[name=packages]');
      if (answer.sscc && packages) { addToList(packages, answer.sscc); changed(packages); return; }
      if (!field('productId')) { if (problem) { problem.textContent = 'Scan a package\'s SSCC here.'; } return; }
      if (answer.sscc && field('package')) { field('package').value = answer.sscc; }
      if (answer.productId == null) { return; }
      field('productId').value = answer.productId;
      if (answer.lot && field('lot')) { field('lot').value = answer.lot; }
      if (answer.serial) { addToList(field('serials'), answer.serial); }
      if (answer.expirationDate && field('expirationDate')) { field('expirationDate').value = answer.expirationDate; }
      if (line.tagName === 'TR') { showTracking(line); }
      if (answer.quantity != null && field('quantity') && !field('quantity').value) { field('quantity').value = answer.quantity; }
    })
    .catch(function () { if (problem) { problem.textContent = 'The scan could not be read; try again.'; } })
    .finally(function () { input.removeAttribute('aria-busy'); });
}
document.addEventListener('click', function (e) {
  document.querySelectorAll('details.menu[open]').forEach(function (d) {
    if (!d.contains(e.target)) { d.removeAttribute('open'); }
  });
});

// Generate Serials and Import dialogs (lot/serial-dialogs.html)
// The list the open dialog fills; the dialog opens once its content has come.
var serialList = null;
function serialDialogFor(button) { serialList = document.getElementById(button.dataset.list); }
document.addEventListener('htmx:afterSwap', function (e) {
  var dialog = document.getElementById('serials-dialog');
  if (e.detail.target !== dialog) { return; }
  var fill = dialog.querySelector('textarea.fill');
  if (fill) {
    if (serialList) {
      serialList.value += (serialList.value && !serialList.value.endsWith('\n') ? '\n' : '') + fill.value + '\n';
      var said = document.getElementById(serialList.id + '-filled');
      if (said) { said.textContent = fill.dataset.message; }
    }
    dialog.close();
    if (serialList) {
      var line = serialList.closest('tr');
      if (line) { showTracking(line); }
      serialList.focus();
    }
    return;
  }
  if (!dialog.open) { dialog.showModal(); }
  var first = dialog.querySelector('[aria-invalid=true]') || dialog.querySelector('[autofocus]');
  if (first) { first.focus(); }
});

// Trace rows are indented by their depth (a style attribute would be refused by the Content-Security-Policy).
function indentRows(root) {
  (root.querySelectorAll ? root : document).querySelectorAll('[data-depth]').forEach(function (cell) {
    var depth = parseInt(cell.dataset.depth, 10);
    if (depth > 0) { cell.style.paddingLeft = (2 + depth * 1.5) + 'rem'; }
  });
}
// Put in Pack: only the inputs of the target chosen (a new package, or one that exists: data-into) show
function showInto(form) {
  var chosen = form.querySelector('input[name=target]:checked');
  if (!chosen) { return; }
  form.querySelectorAll('[data-into]').forEach(function (part) { part.hidden = part.dataset.into !== chosen.value; });
}
document.addEventListener('change', function (e) {
  if (e.target.matches && e.target.matches('input[name=target]')) { showInto(e.target.form); }
});
document.addEventListener('DOMContentLoaded', function () { document.querySelectorAll('form.put-in-pack').forEach(showInto); });
document.addEventListener('DOMContentLoaded', function () { indentRows(document); });
document.addEventListener('htmx:load', function (e) { indentRows(e.detail.elt.parentNode || e.detail.elt); });

var actions = {
  'toggle-group': toggleGroup,
  'unfold-row': unfoldRow,
  'serial-dialog': serialDialogFor,
  'close-dialog': function (button) { button.closest('dialog').close(); },
  'print': function () { window.print(); },
  'add-line': function (button) { addLine(button.dataset.lines, button.dataset.template); }
};
document.addEventListener('click', function (e) {
  var el = e.target.closest ? e.target.closest('[data-action]') : null;
  if (el && actions[el.dataset.action]) { actions[el.dataset.action](el); return; }
  // a group row of a list opens and closes wherever it is clicked, as its button does (the keyboard's way in)
  var group = e.target.closest ? e.target.closest('tr.group') : null;
  if (group && !e.target.closest('a, button, input, select, textarea')) {
    var toggle = group.querySelector('button[data-action=toggle-group]');
    if (toggle) { toggle.click(); }
  }
});
document.addEventListener('keydown', function (e) {
  if (e.target.matches && e.target.matches('[data-scan]')) { scanInto(e, e.target); }
  if (e.target.matches && e.target.matches('[data-pallet-scan]') && e.key === 'Enter') {
    e.preventDefault();
    receivePallet(e.target);
  }
});
// A receipt's pallet scan: the server finds the pallet an advance shipping notice expects under the SSCC, and the
// form gets a line per content of the pallet and of the cases on it, each in its package, and the packages' tree.
// A problem shows next to the field, which keeps what was typed; nothing is saved until Create.
function receivePallet(input) {
  var value = input.value.trim();
  var problem = document.getElementById(input.getAttribute('aria-describedby'));
  var tree = document.getElementById('packageTree');
  var say = function (text) {
    problem.textContent = text;
    if (text) { input.setAttribute('aria-invalid', 'true'); } else { input.removeAttribute('aria-invalid'); }
  };
  if (!value) { say('Scan a pallet\'s SSCC (00), or type its 18 digits.'); return; }
  input.setAttribute('aria-busy', 'true');
  fetch(input.dataset.scanUrl + '?sscc=' + encodeURIComponent(value), {headers: {'Accept': 'application/json'}})
    .then(function (r) { return r.json(); })
    .then(function (answer) {
      if (answer.problem) { say(answer.problem); return; }
      var known = tree.value.split('\n').map(function (l) { return l.split('\t')[0]; });
      if (known.indexOf(answer.sscc) >= 0) { say('SSCC ' + answer.sscc + ' is on this receipt already.'); return; }
      answer.packages.forEach(function (p) {
        tree.value += p.name + '\t' + (p.type || '') + '\t' + (p.parent || '') + '\n';
      });
      answer.rows.forEach(function (r) { fillRow(freeRow(), r); });
      var origin = document.getElementById('origin');
      if (origin && !origin.value.trim()) { origin.value = answer.receipt; }
      say('');
      problem.textContent = 'Pallet ' + answer.sscc + ' of ' + answer.receipt + ': ' + answer.rows.length
        + ' line(s) added.';
      input.value = '';
    })
    .catch(function () { say('The scan could not be read; try again.'); })
    .finally(function () { input.removeAttribute('aria-busy'); input.focus(); });
}
function freeRow() {
  var rows = document.querySelectorAll('#lines tr.line');
  var last = rows[rows.length - 1];
  var empty = last && Array.prototype.every.call(last.querySelectorAll('select[name], input[name], textarea[name]'),
    function (f) { return !f.value.trim(); });
  if (empty) { return last; }
  addLine('lines', 'line-template');
  rows = document.querySelectorAll('#lines tr.line');
  return rows[rows.length - 1];
}
function fillRow(row, r) {
  var set = function (name, value) {
    var f = row.querySelector('[name=' + name + ']');
    if (f && value != null) { f.value = value; }
  };
  set('productId', r.productId);
  set('lot', r.lot);
  set('serials', r.serials == null ? null : r.serials + '\n');
  set('quantity', r.quantity);
  set('expirationDate', r.expirationDate);
  set('package', r.pack);
  showTracking(row);
}
// A file chosen for a text area (data-load-into) is read into it, to send with the form.
document.addEventListener('change', function (e) {
  var into = e.target.dataset ? e.target.dataset.loadInto : null;
  if (into && e.target.files && e.target.files[0]) {
    e.target.files[0].text().then(function (text) { document.getElementById(into).value = text; });
  }
  // a package picked from the list is added to the packages moved whole
  var pick = e.target.dataset ? e.target.dataset.pickInto : null;
  if (pick && e.target.value) {
    var list = document.getElementById(pick);
    var names = list.value.split(/[\r\n,]+/).map(function (n) { return n.trim(); });
    if (names.indexOf(e.target.value) < 0) { addToList(list, e.target.value); changed(list); }
    e.target.value = '';
  }
});

// The Menu button of phone widths shows and hides the menus; Escape folds them again and gives the focus back.
function toggleMenu(button) {
  button.setAttribute('aria-expanded', button.getAttribute('aria-expanded') !== 'true');
}
actions['toggle-menu'] = toggleMenu;
document.addEventListener('keydown', function (e) {
  var button = document.querySelector('.menu-toggle[aria-expanded=true]');
  if (e.key === 'Escape' && button && button.offsetParent !== null) {
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  }
});
