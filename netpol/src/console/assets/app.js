// Palisade console: plain JS, no framework, no external asset.
// Every value that comes from an alert or the map is attacker-influenced (URIs, fragments,
// hosts): it is only ever put in the page with textContent / setAttribute, never as HTML.
'use strict';

const API = '/api/v1';
const SVGNS = 'http://www.w3.org/2000/svg';
const S = { me: null, csrf: null, filter: {}, cursor: null, alerts: new Map(), es: null, selected: null };

// === helpers ===

function $(sel) { return document.querySelector(sel); }
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(String(k ?? '')));
  return e;
}
function svg(tag, attrs, ...kids) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return e;
}
function flash(msg, err) {
  const f = $('#flash');
  f.textContent = msg;
  f.className = err ? 'flash err' : 'flash';
  f.hidden = false;
  clearTimeout(flash.t);
  flash.t = setTimeout(() => { f.hidden = true; }, 4000);
}
function fmtTime(t) {
  if (!t) return '';
  const d = new Date(t);
  const p = (n) => String(n).padStart(2, '0');
  return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + ' ' +
    p(d.getHours()) + ':' + p(d.getMinutes()) + ':' + p(d.getSeconds());
}
async function api(path, opts = {}) {
  const headers = { 'Accept': 'application/json' };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (opts.method && opts.method !== 'GET' && S.csrf) headers['X-CSRF-Token'] = S.csrf;
  const r = await fetch(API + path, {
    method: opts.method || 'GET', headers, credentials: 'same-origin',
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  let data = null;
  try { data = await r.json(); } catch (_) { /* empty body */ }
  if (r.status === 401 && !opts.noLogin) { showLogin(); }
  if (!r.ok) throw new Error((data && data.error) || (r.status + ' ' + r.statusText));
  return data;
}

// === session ===

async function boot() {
  $('#login-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    $('#login-error').textContent = '';
    try {
      const me = await api('/login', { method: 'POST', body: { token: $('#login-token').value }, noLogin: true });
      $('#login-token').value = '';
      signedIn(me);
    } catch (e) { $('#login-error').textContent = e.message; }
  });
  try {
    signedIn(await api('/whoami', { noLogin: true }));
  } catch (_) { showLogin(); }
}

function showLogin() {
  for (const id of ['#alerts', '#map', '#nav']) $(id).hidden = true;
  $('#me').textContent = '';
  if (S.es) { S.es.close(); S.es = null; }
  $('#login').hidden = false;
  $('#login-token').focus();
}

function signedIn(me) {
  S.me = me; S.csrf = me.csrf;
  document.body.classList.toggle('approver', me.role === 'approver');
  $('#login').hidden = true;
  $('#nav').hidden = false;
  const me_ = $('#me');
  me_.textContent = me.identity + ' ';
  me_.append(el('button', { onclick: logout }, 'Sign out'));
  window.addEventListener('hashchange', route);
  setupAlerts();
  setupMap();
  route();
}

async function logout() {
  try { await api('/logout', { method: 'POST', body: {} }); } catch (_) { /* gone already */ }
  S.csrf = null;
  showLogin();
}

function route() {
  const page = location.hash === '#map' ? 'map' : 'alerts';
  $('#alerts').hidden = page !== 'alerts';
  $('#map').hidden = page !== 'map';
  $('#tab-alerts').classList.toggle('active', page === 'alerts');
  $('#tab-map').classList.toggle('active', page === 'map');
  if (page === 'map') loadMap(); else loadAlerts(true);
}

// === alerts ===

let alertsReady = false;
function setupAlerts() {
  if (alertsReady) return;
  alertsReady = true;
  const form = $('#filters');
  form.addEventListener('submit', (ev) => { ev.preventDefault(); readFilter(); loadAlerts(true); });
  form.addEventListener('reset', () => { setTimeout(() => { readFilter(); loadAlerts(true); }, 0); });
  $('#more').addEventListener('click', () => loadAlerts(false));
  startStream();
}

function readFilter() {
  const f = {};
  for (const [k, v] of new FormData($('#filters'))) {
    if (!v) continue;
    f[k] = (k === 'since' || k === 'until') ? new Date(v).toISOString() : v;
  }
  S.filter = f;
}

function query(extra) {
  const p = new URLSearchParams({ ...S.filter, ...extra });
  return p.toString();
}

async function loadAlerts(reset) {
  if (reset) { S.cursor = null; }
  try {
    const extra = { limit: '100' };
    if (!reset && S.cursor) extra.cursor = String(S.cursor);
    const r = await api('/alerts?' + query(extra));
    const body = $('#alert-table tbody');
    if (reset) { body.textContent = ''; S.alerts.clear(); }
    for (const a of r.alerts) body.append(alertRow(a, false));
    S.cursor = r.next_cursor;
    $('#more').hidden = !r.next_cursor;
    $('#alerts-empty').hidden = body.children.length > 0;
    loadChart();
  } catch (e) { flash(e.message, true); }
}

function wl(a) {
  const w = a.workload || {};
  const name = w.pod || w.workload || '';
  return w.namespace ? (name ? w.namespace + '/' + name : w.namespace) : name;
}

function alertRow(a, fresh) {
  S.alerts.set(a.id, a);
  const rules = [...new Set((a.matches || []).map((m) => m.rule))].join(', ');
  const tr = el('tr', { 'data-id': a.id, class: fresh ? 'fresh' : '' },
    el('td', { class: 'nowrap' }, fmtTime(a.timestamp)),
    el('td', { class: 'nowrap' }, wl(a)),
    el('td', {}, el('span', { class: 'tag ' + a.action }, a.action)),
    el('td', { class: 'uri', title: a.method + ' ' + a.uri }, a.method + ' ' + a.uri),
    el('td', { class: 'rules' }, rules || a.reason || ''),
    el('td', {}, a.score + '/' + a.threshold));
  tr.addEventListener('click', () => showDetail(a.id));
  return tr;
}

function matchesFilter(a) {
  const f = S.filter;
  if (f.action && a.action !== f.action) return false;
  if (f.category && !(a.matches || []).some((m) => m.category === f.category)) return false;
  if (f.rule && !(a.matches || []).some((m) => m.rule === f.rule)) return false;
  if (f.workload) {
    const w = a.workload || {};
    const names = [w.pod, w.workload];
    const [ns, n] = f.workload.includes('/') ? f.workload.split('/', 2) : [null, f.workload];
    const ok = ns ? (w.namespace === ns && names.includes(n)) : (names.includes(n) || w.namespace === n);
    if (!ok) return false;
  }
  const t = new Date(a.timestamp);
  if (f.since && t < new Date(f.since)) return false;
  if (f.until && t >= new Date(f.until)) return false;
  return true;
}

function startStream() {
  if (S.es) S.es.close();
  const es = new EventSource(API + '/alerts/stream');
  S.es = es;
  es.addEventListener('open', () => { $('#live').classList.add('on'); $('#live').textContent = 'live'; });
  es.addEventListener('error', () => { $('#live').classList.remove('on'); $('#live').textContent = 'reconnecting'; });
  es.addEventListener('alert', (ev) => {
    let a;
    try { a = JSON.parse(ev.data); } catch (_) { return; }
    if (!matchesFilter(a) || S.alerts.has(a.id)) return;
    const body = $('#alert-table tbody');
    body.prepend(alertRow(a, true));
    while (body.children.length > 500) body.lastElementChild.remove();
    $('#alerts-empty').hidden = true;
    scheduleChart();
  });
  es.addEventListener('lagged', () => loadAlerts(true));
}

function scheduleChart() {
  if (scheduleChart.t) return;
  scheduleChart.t = setTimeout(() => { scheduleChart.t = null; loadChart(); }, 1000);
}

async function loadChart() {
  const extra = {};
  let r;
  try { r = await api('/alerts/stats?' + query(extra)); } catch (e) { return; }
  drawChart(r);
}

function drawChart(r) {
  const c = $('#chart');
  c.textContent = '';
  const W = 900, H = 160, pad = 22;
  const b = r.buckets || [];
  const max = Math.max(1, ...b.map((x) => x.total));
  const bw = (W - pad) / Math.max(1, b.length);
  c.append(svg('line', { x1: pad, y1: H - pad, x2: W, y2: H - pad, stroke: '#d9dde3' }));
  c.append(svg('text', { x: 2, y: 12, 'font-size': 10, fill: '#6b7480' }, String(max)));
  c.append(svg('text', { x: 2, y: H - pad, 'font-size': 10, fill: '#6b7480' }, '0'));
  b.forEach((x, i) => {
    let y = H - pad;
    for (const [act, col] of [['blocked', '#c9302c'], ['detected', '#d48a00']]) {
      const n = (x.by_action || {})[act] || 0;
      if (!n) continue;
      const h = (H - 2 * pad) * n / max;
      y -= h;
      const rect = svg('rect', { x: pad + i * bw + 1, y, width: Math.max(1, bw - 2), height: h, fill: col });
      rect.append(svg('title', {}, fmtTime(x.start) + ': ' + n + ' ' + act));
      c.append(rect);
    }
  });
  const ticks = 6;
  for (let i = 0; i <= ticks; i++) {
    const idx = Math.min(b.length - 1, Math.round(i * (b.length - 1) / ticks));
    if (idx < 0 || !b[idx]) continue;
    const t = new Date(b[idx].start);
    const anchor = i === 0 ? 'start' : (i === ticks ? 'end' : 'middle');
    const x = i === ticks ? W : pad + idx * bw + bw / 2;
    c.append(svg('text', { x, y: H - 6, 'font-size': 10, fill: '#6b7480', 'text-anchor': anchor },
      t.toLocaleTimeString(undefined, { hour12: false, hour: '2-digit', minute: '2-digit' })));
  }
  const total = b.reduce((s, x) => s + x.total, 0);
  const leg = $('#chart-legend');
  leg.textContent = '';
  leg.append(el('span', {}, total + ' alerts, ' + r.bucket_seconds + ' s buckets'),
    el('span', { class: 'tag blocked' }, 'blocked'), el('span', { class: 'tag detected' }, 'detected'));
}

function showDetail(id) {
  const a = S.alerts.get(id);
  if (!a) return;
  for (const tr of document.querySelectorAll('#alert-table tbody tr')) {
    tr.classList.toggle('sel', tr.getAttribute('data-id') === String(id));
  }
  const d = $('#detail');
  d.textContent = '';
  const dl = el('dl');
  const row = (k, v) => dl.append(el('dt', {}, k), el('dd', {}, v));
  row('Request id', a.request_id);
  row('Time', fmtTime(a.timestamp));
  row('Action', a.action + (a.reason ? ' (' + a.reason + ')' : ''));
  row('Workload', wl(a));
  row('Client', a.client);
  row('Request', a.method + ' ' + a.host + a.uri);
  row('Score', a.score + ' (threshold ' + a.threshold + ', paranoia ' + a.paranoia + ')');
  row('Body', a.body ? (a.body.inspected + ' bytes inspected' + (a.body.partial ? ', partial' : '')) : '');
  row('Ruleset', a.ruleset_version);
  row('Console id', a.id);
  d.append(el('h3', {}, 'Alert'), dl, el('h3', {}, 'Matches (' + (a.matches || []).length + ')'));
  const t = el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Rule'), el('th', {}, 'Category'), el('th', {}, 'Severity'), el('th', {}, 'Target'), el('th', {}, 'Fragment'))));
  const tb = el('tbody');
  for (const m of a.matches || []) {
    tb.append(el('tr', {}, el('td', { class: 'mono' }, m.rule), el('td', {}, m.category), el('td', {}, m.severity),
      el('td', { class: 'mono' }, m.target), el('td', {}, el('span', { class: 'frag' }, m.fragment))));
  }
  t.append(tb);
  d.append(t);
}

// === map ===

let mapReady = false;
function setupMap() {
  if (mapReady) return;
  mapReady = true;
  $('#approve-all').addEventListener('click', async () => {
    if (!confirm('Approve every pending edge?')) return;
    await act('/map/approve', { all: true });
  });
}

async function act(path, body) {
  try {
    const r = await api(path, { method: 'POST', body });
    flash(r.changed ? ('policy v' + r.version + ': ' + r.change) : ('nothing changed (policy v' + r.version + ')'));
  } catch (e) { flash(e.message, true); }
  loadMap();
}

async function loadMap() {
  let m, diff, hist;
  try {
    [m, diff, hist] = await Promise.all([api('/map'), api('/map/diff'), api('/history')]);
  } catch (e) { flash(e.message, true); return; }
  $('#map-version').textContent = 'policy v' + m.policy_version + ', default mode ' + m.default_mode +
    (m.agent ? (', agent applied v' + (m.agent.applied_version ?? '-')) : ', no agent seen');
  drawGraph(m);
  drawEdges(m);
  drawDiff(diff);
  drawModes(m);
  drawHistory(hist);
}

function drawGraph(m) {
  const g = $('#graph');
  g.textContent = '';
  const W = 700, H = 520, cx = W / 2, cy = H / 2;
  const nodes = m.nodes.slice().sort((a, b) => a.id.localeCompare(b.id));
  const R = Math.min(cx, cy) - 70;
  const pos = new Map();
  nodes.forEach((n, i) => {
    const ang = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, nodes.length);
    pos.set(n.id, { x: cx + R * Math.cos(ang), y: cy + R * Math.sin(ang), ang });
  });
  const defs = svg('defs');
  for (const [st, col] of [['approved', '#2e8b57'], ['approved-unseen', '#2e8b57'], ['proposed', '#d48a00'], ['denied', '#c9302c'], ['rejected', '#9aa1ab']]) {
    const mk = svg('marker', { id: 'arrow-' + st, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
    mk.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: col }));
    defs.append(mk);
  }
  g.append(defs);
  // Several edges between the same pair (different ports) share one arrow.
  const pairs = new Map();
  for (const e of m.edges) {
    const key = e.src + '|' + e.dst;
    if (!pairs.has(key)) pairs.set(key, []);
    pairs.get(key).push(e);
  }
  const rank = { denied: 0, proposed: 1, rejected: 3, approved: 2, 'approved-unseen': 2 };
  for (const [key, list] of pairs) {
    const [s, d] = key.split('|');
    const a = pos.get(s), b = pos.get(d);
    if (!a || !b || s === d) continue;
    const st = list.map((e) => e.state).sort((x, y) => rank[x] - rank[y])[0];
    const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1;
    const r = 18, off = pairs.has(d + '|' + s) ? 5 : 0;
    const nx = -dy / len * off, ny = dx / len * off;
    const line = svg('line', {
      class: 'edge ' + st, 'data-pair': key,
      x1: a.x + dx / len * r + nx, y1: a.y + dy / len * r + ny,
      x2: b.x - dx / len * r + nx, y2: b.y - dy / len * r + ny,
      'marker-end': 'url(#arrow-' + st + ')',
    });
    line.append(svg('title', {}, list.map((e) => e.edge + ' (' + e.state + ')').join('\n')));
    g.append(line);
  }
  for (const n of nodes) {
    const p = pos.get(n.id);
    const grp = svg('g', { class: 'node' + (n.external ? ' external' : ''), transform: 'translate(' + p.x + ',' + p.y + ')' });
    grp.append(svg('circle', { r: 16 }));
    const right = Math.cos(p.ang) >= -0.01;
    const lx = Math.cos(p.ang) * 24, ly = Math.sin(p.ang) * 24;
    grp.append(svg('text', { x: lx, y: ly, 'text-anchor': Math.abs(Math.cos(p.ang)) < 0.3 ? 'middle' : (right ? 'start' : 'end'), 'dominant-baseline': 'middle' }, n.id));
    if (n.mode) grp.append(svg('text', { class: 'mode', x: lx, y: ly + 13, 'text-anchor': Math.abs(Math.cos(p.ang)) < 0.3 ? 'middle' : (right ? 'start' : 'end'), 'dominant-baseline': 'middle' }, n.mode));
    grp.append(svg('title', {}, n.id + (n.mode ? ' (' + n.mode + ')' : '')));
    g.append(grp);
  }
  if (!nodes.length) g.append(svg('text', { x: cx, y: cy, 'text-anchor': 'middle', fill: '#6b7480' }, 'No flows observed yet.'));
}

function drawEdges(m) {
  const tb = $('#edges tbody');
  tb.textContent = '';
  const approver = S.me && S.me.role === 'approver';
  const order = { denied: 0, proposed: 1, approved: 2, 'approved-unseen': 3, rejected: 4 };
  const edges = m.edges.slice().sort((a, b) => (order[a.state] - order[b.state]) || a.edge.localeCompare(b.edge));
  for (const e of edges) {
    const actions = el('span', { class: 'row-actions' });
    if (approver) {
      if (e.state !== 'approved' && e.state !== 'approved-unseen') {
        actions.append(el('button', { class: 'approve', 'data-edge': e.edge, onclick: () => act('/map/approve', { edges: [e.edge] }) }, 'Approve'));
      }
      if (e.state !== 'rejected') {
        actions.append(el('button', { class: 'reject danger', 'data-edge': e.edge, onclick: () => act('/map/reject', { edges: [e.edge] }) }, 'Reject'));
      }
    }
    const tr = el('tr', { 'data-edge': e.edge },
      el('td', { class: 'mono' }, e.edge),
      el('td', {}, el('span', { class: 'tag ' + e.state }, e.state), e.denied_events ? ' ' + e.denied_events + ' denied' : ''),
      el('td', {}, e.count),
      el('td', {}, fmtTime(e.last_seen)),
      el('td', {}, actions));
    tr.addEventListener('mouseenter', () => hl(e.src + '|' + e.dst, true));
    tr.addEventListener('mouseleave', () => hl(e.src + '|' + e.dst, false));
    tb.append(tr);
  }
  if (!edges.length) tb.append(el('tr', {}, el('td', { colspan: 5, class: 'muted' }, 'No edges.')));
}

function hl(pair, on) {
  for (const l of document.querySelectorAll('#graph line.edge')) {
    if (l.getAttribute('data-pair') === pair) l.classList.toggle('hl', on);
  }
}

function drawDiff(d) {
  const box = $('#diff');
  box.textContent = '';
  const list = (title, items, cls, sign) => {
    box.append(el('div', { class: 'muted' }, title + ' (' + items.length + ')'));
    const ul = el('ul');
    for (const it of items.slice(0, 200)) ul.append(el('li', { class: cls }, sign + ' ' + it));
    box.append(ul);
  };
  list('Pending approval', d.pending.map((p) => p.edge), 'plus', '+');
  list('Approved but never seen', d.unobserved, 'minus', '-');
  list('Rejected', d.rejected.map((p) => p.edge), 'minus', 'x');
}

function drawModes(m) {
  const tb = $('#modes tbody');
  tb.textContent = '';
  const approver = S.me && S.me.role === 'approver';
  const rowFor = (label, workload, mode) => {
    let cell;
    if (approver) {
      cell = el('select', { 'data-workload': workload || '' });
      for (const v of ['learn', 'audit', 'enforce']) {
        const o = el('option', { value: v }, v);
        if (v === mode) o.selected = true;
        cell.append(o);
      }
      cell.addEventListener('change', () => act('/modes', workload ? { mode: cell.value, workload } : { mode: cell.value }));
    } else {
      cell = document.createTextNode(mode);
    }
    tb.append(el('tr', {}, el('td', {}, label), el('td', {}, cell)));
  };
  rowFor('(default)', null, m.default_mode);
  for (const n of m.nodes) if (!n.external) rowFor(n.id, n.id, n.mode);
}

function drawHistory(h) {
  const tb = $('#history tbody');
  tb.textContent = '';
  const approver = S.me && S.me.role === 'approver';
  for (const e of h.entries.slice(0, 100)) {
    const cell = el('td');
    if (approver && e.version !== h.current && e.action !== 'reject') {
      cell.append(el('button', { onclick: () => { if (confirm('Restore version ' + e.version + '?')) act('/rollback', { version: e.version }); } }, 'Roll back to v' + e.version));
    }
    tb.append(el('tr', {}, el('td', {}, 'v' + e.version), el('td', {}, fmtTime(e.at)), el('td', {}, e.by),
      el('td', {}, e.action), el('td', { class: 'mono' }, (e.detail || '') + (e.edges && e.edges.length ? ' ' + e.edges.join(', ') : '')), cell));
  }
  if (!h.entries.length) tb.append(el('tr', {}, el('td', { colspan: 6, class: 'muted' }, 'No changes yet.')));
}

document.addEventListener('DOMContentLoaded', boot);
