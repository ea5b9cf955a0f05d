// The worklist and the note view, built from the report's data (the element #dx-data:
// gzip-compressed JSON, base64; src/report/report_data.h says what it holds). Everything
// from the data goes into the page as text nodes and attribute values, never as HTML, so
// no note text can run as script. A page of the worklist is built at a time, a note when
// it is opened. Review decisions are kept in this browser (localStorage) until exported.
(function () {
  'use strict';
  var PAGE = 50;
  var SEVERITY = { high: 0, medium: 1, low: 2, info: 3 };
  var DECISIONS = [['agree', 'agree'], ['false_positive', 'false positive'], ['needs_query', 'needs query']];
  var $ = function (id) { return document.getElementById(id); };
  var dataEl = $('dx-data');
  var table = $('worklist');
  if (!dataEl) return;

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'cls') e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c != null) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }

  function load() {
    var text = dataEl.textContent.trim(), bytes;
    if (Uint8Array.fromBase64) {
      bytes = Uint8Array.fromBase64(text);
    } else {
      var binary = atob(text);
      bytes = new Uint8Array(binary.length);
      for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    }
    if (typeof DecompressionStream === 'undefined')
      return Promise.reject(new Error('this browser cannot read the report data (no DecompressionStream); open the report in a current Chromium, Firefox or Safari'));
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).text().then(JSON.parse);
  }

  // ---- review decisions, kept in this browser ------------------------------------------
  // Every file:// page shares one browser storage: the key names the store (its file name
  // and its id), so that a decision made in January's audit.sqlite report never shows in
  // February's. (Decisions made in a report of an earlier dxaudit, keyed by the file name
  // alone, stay with that page: export them from it.)
  var storeKey = 'dxaudit-review:' + (dataEl.getAttribute('data-db') || '') + ':' +
      (dataEl.getAttribute('data-store') || '') + ':';
  // A flag is its note, rule, code and evidence offsets, as `dxaudit review import` keys a
  // decision: two INVALID_CODE flags without evidence on one note differ by their code
  // alone. A report of an earlier dxaudit keyed a decision without the code (oldKey): it is
  // still read for the one flag it can be, and moved to the new key when that flag is
  // decided again; where flags of several codes share the old key, it is no one flag's and
  // none of them shows it.
  function flagKey(f, D) { var n = D.notes[f.n]; return JSON.stringify([n.id, f.r, f.c, f.b, f.e]); }
  function oldKey(f, D) { var n = D.notes[f.n]; return n.id + '|' + f.r + '|' + (f.b == null ? '' : f.b) + '|' + (f.e == null ? '' : f.e); }
  var oldKeyCodes = null;  // old key: the codes of the flags that have it
  function oldKeyIsOne(f, D) {
    if (!oldKeyCodes) {
      oldKeyCodes = Object.create(null);
      D.flags.forEach(function (g) {
        var k = oldKey(g, D), codes = oldKeyCodes[k] || (oldKeyCodes[k] = []);
        if (codes.indexOf(g.c) < 0) codes.push(g.c);
      });
    }
    return oldKeyCodes[oldKey(f, D)].length === 1;
  }
  function local(f, D) {
    try {
      var v = localStorage.getItem(storeKey + flagKey(f, D));
      if (v == null && oldKeyIsOne(f, D)) v = localStorage.getItem(storeKey + oldKey(f, D));
      return v ? JSON.parse(v) : null;
    } catch (e) { return null; }
  }
  function saveLocal(f, D, value) {
    try {
      if (value) localStorage.setItem(storeKey + flagKey(f, D), JSON.stringify(value));
      else localStorage.removeItem(storeKey + flagKey(f, D));
      if (oldKeyIsOne(f, D)) localStorage.removeItem(storeKey + oldKey(f, D));
    } catch (e) { /* storage refused (private mode): the decision lives until the page closes */ }
  }
  function reviewOf(f, D) {
    var l = local(f, D);
    if (l) return { decision: l.decision, comment: l.comment || '', label: l.decision.replace('_', ' ') + ' (this browser)', key: l.decision };
    if (f.d) {
      var changed = f.st && f.st !== 'current';
      return { decision: f.d, comment: f.cm, label: f.d.replace('_', ' ') + (changed ? ' (evidence changed)' : ''), key: changed ? 'changed' : f.d };
    }
    return { decision: '', comment: '', label: 'to review', key: 'open' };
  }
  function csvCell(s) {
    s = String(s == null ? '' : s);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]|^ | $/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function exportCsv(D) {
    var lines = ['note_id,encounter_id,rule,code,evidence_begin,evidence_end,decision,reviewer,comment,decided_at'];
    D.flags.forEach(function (f) {
      var l = local(f, D);
      if (!l) return;
      var n = D.notes[f.n];
      lines.push([n.id, n.enc, f.r, f.c, f.b == null ? '' : f.b, f.e == null ? '' : f.e, l.decision, l.reviewer, l.comment, l.at].map(csvCell).join(','));
    });
    return lines.join('\r\n') + '\r\n';
  }

  // ---- the note text, its findings and evidence marked, its sections as headers ---------
  // Section headers: "HEADER:," anywhere (MTSamples), "Header:" at the start of a line.
  function headers(text) {
    var out = [], m, re = /([A-Z][A-Z0-9 \/&()'-]{1,60}):,/g;
    while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]);
    re = /(^|\n)[ \t]*([A-Z][A-Za-z0-9 \/&()'-]{0,40}):/g;
    while ((m = re.exec(text))) { var b = m.index + m[1].length; out.push([b, m.index + m[0].length]); }
    return out;
  }
  // Spans nest: one inside another is nested in its element; one that starts inside another
  // and runs past its end is cut there (its title still describes it whole).
  function marked(text, spans) {
    spans.sort(function (x, y) { return x.b - y.b || y.e - x.e; });
    var root = document.createDocumentFragment(), stack = [{ node: root, e: text.length }], pos = 0;
    function top() { return stack[stack.length - 1]; }
    function emit(upto) { if (upto > pos) { top().node.appendChild(document.createTextNode(text.slice(pos, upto))); pos = upto; } }
    function closeUntil(b) { while (stack.length > 1 && top().e <= b) { emit(top().e); stack.pop(); } }
    spans.forEach(function (s) {
      if (!(s.b >= 0 && s.e <= text.length && s.b < s.e)) return;
      closeUntil(s.b);
      if (s.b < pos) return;
      var e = Math.min(s.e, top().e);
      if (s.b >= e) return;
      emit(s.b);
      var node = s.make();
      top().node.appendChild(node);
      stack.push({ node: node, e: e });
    });
    closeUntil(text.length);
    emit(text.length);
    return root;
  }

  function showNote(D, ni, focusFlag) {
    var n = D.notes[ni], view = $('note-view');
    var text = D.texts[n.t], marks = D.marks[n.mk];
    view.textContent = '';
    var art = el('article', { cls: 'note', id: 'note-' + ni, 'data-note': n.id }, [
      el('h3', null, [n.id + ' ', el('small', { text: [n.pt ? 'patient ' + n.pt : '', n.pv, n.dt, n.enc ? 'encounter ' + n.enc : ''].filter(Boolean).join(' \u00b7 ') }),
        ' ', el('a', { cls: 'top', href: '#worklist-section', text: 'back to worklist' })])]);
    var codes = el('p', { cls: 'codes' }, ['Codes: ']);
    n.codes.forEach(function (c) {
      codes.appendChild(el('span', { cls: 'code' + (c[3] ? '' : ' invalid'), title: c[1], text: c[0] }));
      if (c[2]) codes.appendChild(el('span', { cls: 'verdict verdict-' + c[2], text: c[2] }));
      codes.appendChild(document.createTextNode(' '));
    });
    art.appendChild(codes);
    var list = el('ul', { cls: 'flags' });
    var spans = [];
    for (var i = n.f[0]; i < n.f[0] + n.f[1]; i++) (function (fi) {
      var f = D.flags[fi], rv = reviewOf(f, D);
      var li = el('li', { cls: 'flag sev-' + f.s, id: 'flag-' + fi, 'data-rule': f.r }, [
        el('span', { cls: 'sev sev-' + f.s, text: f.s }), ' ', el('b', { text: f.ti || f.r }), ' ',
        el('code', { text: f.r }), ' (' + f.c + (f.v ? ', ' + f.v : '') + '): ', f.m,
        f.g ? el('span', { cls: 'suggest', text: ' Suggested: ' + f.g }) : null]);
      if (f.sp.length) li.appendChild(el('a', { href: '#ev-' + fi, cls: 'to-ev', text: ' show evidence' }));
      var form = el('div', { cls: 'decision' });
      DECISIONS.forEach(function (d) {
        var input = el('input', { type: 'radio', name: 'dec-' + fi, value: d[0], 'data-flag': fi });
        if (rv.decision === d[0]) input.checked = true;
        form.appendChild(el('label', null, [input, ' ' + d[1]]));
      });
      var comment = el('input', { type: 'text', cls: 'comment', placeholder: 'comment', 'data-flag': fi });
      comment.value = rv.comment || '';
      form.appendChild(comment);
      form.appendChild(el('span', { cls: 'status', text: rv.label }));
      form.addEventListener('change', function () {
        var chosen = form.querySelector('input[type=radio]:checked');
        if (!chosen) return;
        saveLocal(f, D, { decision: chosen.value, comment: comment.value, reviewer: $('reviewer').value, at: new Date().toISOString().replace(/\.\d+Z$/, 'Z') });
        form.querySelector('.status').textContent = reviewOf(f, D).label;
        countDecisions(D);
        refresh();
      });
      li.appendChild(form);
      list.appendChild(li);
      f.sp.forEach(function (p, k) {
        spans.push({ b: p[0], e: p[1], make: function () {
          var m = el('mark', { cls: 'ev ev-' + fi, title: (f.ti || f.r) + ': evidence' });
          if (k === 0) m.id = 'ev-' + fi;
          return m;
        } });
      });
    })(i);
    art.appendChild(list);
    marks.forEach(function (m) {
      spans.push({ b: m[0], e: m[1], make: function () { return el('mark', { cls: D.strings[m[2]], title: D.strings[m[3]] }); } });
    });
    headers(text).forEach(function (h) {
      spans.push({ b: h[0], e: h[1], make: function () { return el('span', { cls: 'sec-head' }); } });
    });
    var body = el('div', { cls: 'note-body' });
    var pre = el('pre', { cls: 'note-text' });
    pre.appendChild(marked(text, spans));
    body.appendChild(pre);
    var aside = el('aside');
    var missing = n.el.split('').filter(function (b) { return b === '0'; }).length;
    aside.appendChild(el('h4', null, ['Documentation elements ', el('small', { text: '(' + missing + ' missing)' })]));
    var check = el('ul', { cls: 'checklist' });
    D.elements.forEach(function (name, k) {
      var present = n.el.charAt(k) === '1';
      check.appendChild(el('li', { cls: present ? 'present' : 'missing' }, [el('span', { cls: 'box', text: present ? '\u2713' : '\u2717' }), ' ' + name]));
    });
    aside.appendChild(check);
    if (marks.length) {
      aside.appendChild(el('h4', { text: 'Findings' }));
      var fl = el('ul', { cls: 'findings' });
      marks.forEach(function (m) {
        fl.appendChild(el('li', null, [el('mark', { cls: D.strings[m[2]], text: D.strings[m[3]].split(' (')[0] }), ' ', el('small', { text: D.strings[m[3]] })]));
      });
      aside.appendChild(fl);
    }
    body.appendChild(aside);
    art.appendChild(body);
    view.appendChild(art);
    var target = focusFlag != null && $('ev-' + focusFlag) ? $('ev-' + focusFlag) : art;
    Array.prototype.forEach.call(view.querySelectorAll('mark.ev-' + focusFlag), function (m) { m.classList.add('focus'); });
    if (focusFlag != null && $('flag-' + focusFlag)) $('flag-' + focusFlag).classList.add('focus');
    target.scrollIntoView({ block: 'center' });
  }

  // ---- the worklist: one row per flag, filtered, sorted, a page at a time ---------------
  var D = null, rows = [], page = 0, sortKey = null, sortAsc = true;
  function sortValue(f, key) {
    var n = D.notes[f.n];
    switch (key) {
      case 'note': return n.id;
      case 'provider': return n.pv;
      case 'date': return n.dt;
      case 'code': return f.c;
      case 'verdict': return f.v;
      case 'title': return f.ti || f.r;
      case 'severity': return SEVERITY[f.s] == null ? 9 : SEVERITY[f.s];
      case 'suggest': return f.g;
      case 'review': return reviewOf(f, D).label;
    }
    return '';
  }
  function matches(f, q) {
    var n = D.notes[f.n], v = $('f-rule').value, s = $('f-severity').value, p = $('f-provider').value;
    var r = $('f-review').value, from = $('f-from').value, to = $('f-to').value;
    if (v && f.r !== v) return false;
    if (s && f.s !== s) return false;
    if (p && n.pv !== p) return false;
    if (from && !(n.dt && n.dt >= from)) return false;
    if (to && !(n.dt && n.dt <= to)) return false;
    if (r && reviewOf(f, D).key !== r) return false;
    if (!q) return true;
    return [n.id, n.pt, n.pv, n.dt, n.enc, f.r, f.ti, f.c, f.v, f.m, f.g].join('\n').toLowerCase().indexOf(q) >= 0;
  }
  function refresh() {
    var q = $('f-search').value.trim().toLowerCase();
    rows = [];
    for (var i = 0; i < D.flags.length; i++) if (matches(D.flags[i], q)) rows.push(i);
    if (sortKey) {
      var numeric = sortKey === 'severity';
      rows.sort(function (a, b) {
        var x = sortValue(D.flags[a], sortKey), y = sortValue(D.flags[b], sortKey);
        var c = numeric ? x - y : String(x).localeCompare(String(y));
        return (sortAsc ? c : -c) || a - b;
      });
    }
    page = Math.min(page, Math.max(0, Math.ceil(rows.length / PAGE) - 1));
    draw();
  }
  function draw() {
    var body = table.tBodies[0];
    body.textContent = '';
    rows.slice(page * PAGE, page * PAGE + PAGE).forEach(function (fi) {
      var f = D.flags[fi], n = D.notes[f.n], rv = reviewOf(f, D);
      var tr = el('tr', { cls: 'wl-row', 'data-flag': fi, 'data-note': n.id, 'data-rule': f.r, 'data-severity': f.s, 'data-review': rv.key }, [
        el('td', null, [el('a', { href: '#note-' + f.n, text: n.id })]), el('td', { text: n.pv }), el('td', { text: n.dt }),
        el('td', { cls: 'code-cell', text: f.c }), el('td', null, [f.v ? el('span', { cls: 'verdict verdict-' + f.v, text: f.v }) : null]),
        el('td', null, [el('span', { cls: 'rule-title', text: f.ti || f.r }), el('br'), el('code', { cls: 'rule-id', text: f.r })]),
        el('td', null, [el('span', { cls: 'sev sev-' + f.s, text: f.s })]),
        el('td', { cls: 'suggest-cell', title: f.m, text: f.g ? f.g : '\u2014' }),
        el('td', { cls: 'review review-' + rv.key, text: rv.label })]);
      tr.addEventListener('click', function (ev) { ev.preventDefault(); showNote(D, f.n, fi); });
      body.appendChild(tr);
    });
    var pages = Math.max(1, Math.ceil(rows.length / PAGE));
    $('page-info').textContent = 'page ' + (page + 1) + ' of ' + pages;
    $('page-prev').disabled = page === 0;
    $('page-next').disabled = page + 1 >= pages;
    $('wl-shown').textContent = rows.length + ' of ' + D.flags.length + ' flags shown (' + D.notes.length + ' flagged notes)';
  }
  function countDecisions(D) {
    var n = 0;
    D.flags.forEach(function (f) { if (local(f, D)) n++; });
    $('decision-count').textContent = n + ' decision(s) made in this browser';
  }

  load().then(function (data) {
    D = data;
    $('loading').hidden = true;
    try { $('reviewer').value = localStorage.getItem('dxaudit-reviewer') || ''; } catch (e) { /* no storage */ }
    $('reviewer').addEventListener('change', function () { try { localStorage.setItem('dxaudit-reviewer', $('reviewer').value); } catch (e) { /* no storage */ } });
    $('export-decisions').addEventListener('click', function () {
      var csv = exportCsv(D), area = $('review-csv');
      area.value = csv;
      area.textContent = csv;
      area.hidden = false;
      var a = el('a', { href: URL.createObjectURL(new Blob([csv], { type: 'text/csv' })), download: 'decisions.csv' });
      document.body.appendChild(a);
      a.click();
      a.remove();
    });
    countDecisions(D);
    if (!table) return;
    ['f-rule', 'f-severity', 'f-provider', 'f-review', 'f-from', 'f-to'].forEach(function (id) { $(id).addEventListener('change', function () { page = 0; refresh(); }); });
    $('f-search').addEventListener('input', function () { page = 0; refresh(); });
    $('page-prev').addEventListener('click', function () { page--; draw(); });
    $('page-next').addEventListener('click', function () { page++; draw(); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      th.addEventListener('click', function () {
        var key = th.dataset.key;
        sortAsc = sortKey === key ? !sortAsc : true;
        sortKey = key;
        Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.classList.remove('asc', 'desc'); });
        th.classList.add(sortAsc ? 'asc' : 'desc');
        refresh();
      });
    });
    window.addEventListener('hashchange', function () {
      var m = /^#note-(\d+)$/.exec(location.hash);
      if (m && D.notes[+m[1]]) showNote(D, +m[1], null);
    });
    refresh();
    var m = /^#note-(\d+)$/.exec(location.hash);
    if (m && D.notes[+m[1]]) showNote(D, +m[1], null);
    document.body.setAttribute('data-ready', String(Math.round(performance.now())));
    document.dispatchEvent(new Event('dxaudit-ready'));
  }).catch(function (e) {
    $('loading').textContent = 'The report data could not be read: ' + e.message;
    document.body.setAttribute('data-ready', 'error');
  });
})();
