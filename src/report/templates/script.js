// Worklist: filter by rule, severity, provider and date range; sort by any column.
(function () {
  var table = document.getElementById('worklist');
  var shown = document.getElementById('wl-shown');
  if (!table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var get = function (id) { return document.getElementById(id); };
  function apply() {
    var rule = get('f-rule').value, sev = get('f-severity').value, prov = get('f-provider').value;
    var from = get('f-from').value, to = get('f-to').value, n = 0;
    rows.forEach(function (r) {
      var d = r.dataset;
      var ok = (!rule || (' ' + d.rules + ' ').indexOf(' ' + rule + ' ') >= 0) &&
               (!sev || d.severity === sev) && (!prov || d.provider === prov) &&
               (!from || (d.date && d.date >= from)) && (!to || (d.date && d.date <= to));
      r.classList.toggle('hidden', !ok);
      if (ok) n++;
    });
    shown.textContent = n + ' of ' + rows.length + ' flagged notes shown';
  }
  ['f-rule', 'f-severity', 'f-provider', 'f-from', 'f-to'].forEach(function (id) {
    get(id).addEventListener('change', apply);
  });
  var keyOf = { note: 'note', patient: 'patient', provider: 'provider', date: 'date',
                rules: 'rules', severity: 'sevRank', flags: 'flags' };
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.addEventListener('click', function () {
      var key = keyOf[th.dataset.key], asc = !th.classList.contains('asc');
      Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.classList.remove('asc', 'desc'); });
      th.classList.add(asc ? 'asc' : 'desc');
      var numeric = key === 'flags' || key === 'sevRank';
      rows.sort(function (a, b) {
        var x = a.dataset[key] || '', y = b.dataset[key] || '';
        var c = numeric ? (Number(x) - Number(y)) : x.localeCompare(y);
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  apply();
})();
