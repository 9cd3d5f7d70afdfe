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
// Adds a row to a form's table of lines from its template; the ids of its inputs get the next row number.
function addLine(tableBody, template) {
  var body = document.getElementById(tableBody);
  var n = body.querySelectorAll('tr').length;
  var row = document.getElementById(template).content.firstElementChild.cloneNode(true);
  row.querySelectorAll('[id]').forEach(function (el) { el.id = el.id.replace(/-999$/, '-' + n); });
  row.querySelectorAll('label[for]').forEach(function (el) { el.htmlFor = el.htmlFor.replace(/-999$/, '-' + n); });
  body.appendChild(row);
  var first = row.querySelector('select, input');
  if (first) { first.focus(); }
}
// A scan field adds each scanned number to the serial numbers of its row and keeps the focus. A GS1 code
// (bracketed, scan data with a symbology identifier or GS separators, a Digital Link URI) is read by the server
// where the field says (data-scan-url): the GTIN finds the product, and the row gets it with its lot or serial
// and expiry, or the problem next to it.
function scanInto(event, input) {
  if (event.key !== 'Enter') { return; }
  event.preventDefault();
  var line = input.closest('tr, form');
  var value = input.value.trim();
  if (value && input.dataset.scanUrl && /^(\(\d|\]|https?:\/\/)|\x1d/i.test(value)) {
    fillFromScan(line, input, value);
  } else if (value) {
    addToList(line.querySelector('textarea[name=serials]') || line.querySelector('textarea'), value);
  }
  input.value = '';
  input.focus();
}
function addToList(list, value) {
  list.value += (list.value && !list.value.endsWith('\n') ? '\n' : '') + value + '\n';
}
function fillFromScan(line, input, value) {
  var field = function (name) { return line.querySelector('[name=' + name + ']'); };
  var problem = line.querySelector('.scan-problem');
  var body = new URLSearchParams({scan: value});
  ['productId', 'lot', 'quantity', 'expirationDate'].forEach(function (name) {
    var f = field(name);
    if (f && f.value.trim()) { body.append(name, f.value.trim()); }
  });
  var token = document.querySelector('meta[name=csrf-token]');
  input.setAttribute('aria-busy', 'true');
  fetch(input.dataset.scanUrl, {method: 'POST', body: body, headers: token ? {'X-CSRF-TOKEN': token.content} : {}})
    .then(function (r) { return r.json(); })
    .then(function (answer) {
      if (line.tagName === 'TR') { line.classList.toggle('out', !!answer.problem); }
      if (problem) { problem.textContent = answer.problem || ''; }
      if (answer.problem) { return; }
      field('productId').value = answer.productId;
      if (answer.lot && field('lot')) { field('lot').value = answer.lot; }
      if (answer.serial) { addToList(field('serials'), answer.serial); }
      if (answer.expirationDate && field('expirationDate')) { field('expirationDate').value = answer.expirationDate; }
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
    if (serialList) { serialList.focus(); }
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
});
