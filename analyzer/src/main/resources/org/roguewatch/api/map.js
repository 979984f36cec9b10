// RogueWatch map page: plain SVG, no external resources. Data comes from window.ROGUEWATCH_DATA (the offline
// file the demo writes) or from the API (token from ?access_token=), with live alerts over server-sent events.
(function () {
  'use strict';
  var LABELS = {
    'zh-CN': { title: 'RogueWatch 伪基站与黑广播告警', loading: '加载中…', probes: '探针', rogueEmitter: '可疑发射源',
      fmCarrier: '调频载波', ellipse95: '95% 置信椭圆', alerts: '告警', fmCarriers: '调频载波', evidence: '证据',
      live: '实时', offline: '离线快照', none: '无', open: '未解除', resolved: '已解除', score: '评分',
      notLocated: '未定位', probe: '探针', frame: '帧', field: '字段', value: '值', expected: '期望', source: '来源',
      signatures: '检测项', location: '位置', switchTo: 'English', error: '无法加载数据',
      high: '高', medium: '中', low: '低', info: '提示' },
    'en': { title: 'RogueWatch fake base station and illegal broadcast alerts', loading: 'Loading…', probes: 'Probes',
      rogueEmitter: 'Rogue emitter', fmCarrier: 'FM carrier', ellipse95: '95% ellipse', alerts: 'Alerts',
      fmCarriers: 'FM carriers', evidence: 'Evidence', live: 'live', offline: 'offline snapshot', none: 'none',
      open: 'open', resolved: 'resolved', score: 'score', notLocated: 'not located', probe: 'probe', frame: 'frame',
      field: 'field', value: 'value', expected: 'expected', source: 'source', signatures: 'signatures',
      location: 'location', switchTo: '中文', error: 'cannot load data',
      high: 'high', medium: 'medium', low: 'low', info: 'info' }
  };
  var SVG = 'http://www.w3.org/2000/svg';
  var W = 1000, H = 700, PAD = 60;
  var lang = 'zh-CN';
  var state = { alerts: [], probes: [], cells: [], tileUrl: '' };
  var selected = null;
  var params = new URLSearchParams(window.location.search);
  var token = params.get('access_token') || '';
  var live = !window.ROGUEWATCH_DATA;

  function t(key) { return LABELS[lang][key] || key; }
  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function html(tag, text, parent, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    if (parent) { parent.appendChild(node); }
    return node;
  }

  // Web Mercator world pixels at zoom z, so optional tiles line up with everything drawn.
  function world(lat, lon, z) {
    var scale = 256 * Math.pow(2, z);
    var s = Math.sin(lat * Math.PI / 180);
    return [(lon + 180) / 360 * scale, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale];
  }
  // Offsets east/north in metres to degrees (small-area approximation, fine for city-sized ellipses).
  function offset(lat, lon, east, north) {
    return [lat + north / 111320, lon + east / (111320 * Math.cos(lat * Math.PI / 180))];
  }
  function ellipseRing(loc, e) {
    var pts = [], th = e.orientationDeg * Math.PI / 180;
    for (var i = 0; i <= 72; i++) {
      var a = 2 * Math.PI * i / 72, u = e.semiMajorM * Math.cos(a), v = e.semiMinorM * Math.sin(a);
      // major axis along bearing th (clockwise from north): east = sin th, north = cos th
      pts.push(offset(loc.lat, loc.lon, u * Math.sin(th) + v * Math.cos(th), u * Math.cos(th) - v * Math.sin(th)));
    }
    return pts;
  }

  function bounds() {
    var pts = [];
    state.probes.forEach(function (p) { if (p.lat != null) { pts.push([p.lat, p.lon]); } });
    state.alerts.forEach(function (a) {
      if (!a.location) { return; }
      pts.push([a.location.lat, a.location.lon]);
      (a.location.track || []).forEach(function (q) { pts.push([q.lat, q.lon]); });
      if (a.location.ellipse95) { ellipseRing(a.location, a.location.ellipse95).forEach(function (q) { pts.push(q); }); }
    });
    if (!pts.length) { pts.push([0, 0]); }
    return pts;
  }

  function projector() {
    var pts = bounds(), z = 18, box;
    for (; z > 2; z--) {
      box = [Infinity, Infinity, -Infinity, -Infinity];
      pts.forEach(function (p) { var w = world(p[0], p[1], z);
        box[0] = Math.min(box[0], w[0]); box[1] = Math.min(box[1], w[1]);
        box[2] = Math.max(box[2], w[0]); box[3] = Math.max(box[3], w[1]); });
      if (box[2] - box[0] <= W - 2 * PAD && box[3] - box[1] <= H - 2 * PAD) { break; }
    }
    var ox = (box[0] + box[2]) / 2 - W / 2, oy = (box[1] + box[3]) / 2 - H / 2;
    return { z: z, ox: ox, oy: oy, xy: function (lat, lon) { var w = world(lat, lon, z); return [w[0] - ox, w[1] - oy]; } };
  }

  function drawTiles(p) {
    var g = document.getElementById('tiles');
    g.textContent = '';
    if (!state.tileUrl) { return; }
    var n = Math.pow(2, p.z);
    for (var tx = Math.floor(p.ox / 256); tx * 256 < p.ox + W; tx++) {
      for (var ty = Math.floor(p.oy / 256); ty * 256 < p.oy + H; ty++) {
        if (ty < 0 || ty >= n) { continue; }
        var url = state.tileUrl.replace('{z}', p.z).replace('{x}', ((tx % n) + n) % n).replace('{y}', ty);
        el('image', { href: url, x: tx * 256 - p.ox, y: ty * 256 - p.oy, width: 256, height: 256 }, g);
      }
    }
  }

  function render() {
    var p = projector();
    drawTiles(p);
    ['layer-ellipses', 'layer-tracks', 'layer-probes', 'layer-emitters'].forEach(function (id) {
      document.getElementById(id).textContent = ''; });
    state.probes.forEach(function (probe) {
      if (probe.lat == null) { return; }
      var xy = p.xy(probe.lat, probe.lon), g = document.getElementById('layer-probes');
      el('circle', { 'class': 'probe', cx: xy[0], cy: xy[1], r: 7, 'data-probe': probe.probeId }, g);
      el('text', { 'class': 'label', x: xy[0] + 10, y: xy[1] + 4 }, g).textContent = t('probe') + ' ' + probe.probeId;
    });
    state.alerts.forEach(function (a) {
      var loc = a.location;
      if (!loc) { return; }
      if (loc.ellipse95) {
        var d = ellipseRing(loc, loc.ellipse95).map(function (q, i) { var xy = p.xy(q[0], q[1]);
          return (i ? 'L' : 'M') + xy[0].toFixed(1) + ',' + xy[1].toFixed(1); }).join(' ') + ' Z';
        el('path', { 'class': 'ellipse95', d: d, id: 'ellipse-' + a.id, 'data-alert': a.id },
          document.getElementById('layer-ellipses'));
      }
      if (loc.track && loc.track.length > 1) {
        el('polyline', { 'class': 'track', id: 'track-' + a.id, points: loc.track.map(function (q) {
          var xy = p.xy(q.lat, q.lon); return xy[0].toFixed(1) + ',' + xy[1].toFixed(1); }).join(' ') },
          document.getElementById('layer-tracks'));
      }
      var xy = p.xy(loc.lat, loc.lon), g = document.getElementById('layer-emitters');
      var dot = el('circle', { 'class': 'emitter' + (a.radio === 'FM' ? ' fm' : '') + (a.status === 'resolved' ? ' resolved' : ''),
        cx: xy[0], cy: xy[1], r: 9, id: 'emitter-' + a.id, 'data-alert': a.id }, g);
      el('title', {}, dot).textContent = a.target;
      dot.addEventListener('click', function () { select(a.id); });
      el('text', { 'class': 'label', x: xy[0] + 12, y: xy[1] - 10 }, g).textContent = a.target;
    });
    renderList();
    renderCarriers();
    if (selected) { renderDetails(selected); }
  }

  function renderList() {
    var list = document.getElementById('alert-list');
    list.textContent = '';
    if (!state.alerts.length) { html('li', t('none'), list); }
    state.alerts.forEach(function (a) {
      var li = html('li', null, list);
      li.id = 'alert-' + a.id;
      li.setAttribute('data-alert', a.id);
      if (a.id === selected) { li.className = 'selected'; }
      html('span', t(a.severity), li, 'sev ' + a.severity);
      html('span', a.target + ' — ' + t(a.status) + ', ' + t('score') + ' ' + a.score, li);
      html('div', (a.signatures || []).join(', '), li, 'sigs');
      li.addEventListener('click', function () { select(a.id); });
    });
  }

  function renderCarriers() {
    var list = document.getElementById('carrier-list');
    list.textContent = '';
    var carriers = state.cells.filter(function (c) { return c.radio === 'FM'; });
    if (!carriers.length) { html('li', t('none'), list); }
    carriers.forEach(function (c) { html('li', c.target + ' — ' + c.verdict + ' (' + t('score') + ' ' + c.score + ')', list); });
  }

  function renderDetails(id) {
    var a = state.alerts.filter(function (x) { return x.id === id; })[0];
    var pane = document.getElementById('details'), body = document.getElementById('details-body');
    if (!a) { pane.hidden = true; return; }
    pane.hidden = false;
    body.textContent = '';
    html('h3', a.target, body);
    html('p', t('signatures') + ': ' + (a.signatures || []).join(', '), body);
    html('p', t('location') + ': ' + (a.location ? a.location.lat.toFixed(6) + ', ' + a.location.lon.toFixed(6)
      + (a.location.ellipse95 ? ' (95%: ' + Math.round(a.location.ellipse95.semiMajorM) + '×'
      + Math.round(a.location.ellipse95.semiMinorM) + ' m)' : '') : t('notLocated')), body);
    (a.findings || []).forEach(function (f) {
      html('h4', '[' + f.severity + '] ' + f.signature + ': ' + f.summary, body);
      var table = html('table', null, body, 'evidence'), head = html('tr', null, table);
      ['probe', 'source', 'frame', 'field', 'value', 'expected'].forEach(function (k) { html('th', t(k), head); });
      (f.evidence || []).forEach(function (e) {
        var row = html('tr', null, table);
        [e.probe, e.source, e.frame, e.field, JSON.stringify(e.value), e.expected == null ? '' : JSON.stringify(e.expected)]
          .forEach(function (v) { html('td', v, row); });
      });
    });
  }

  function select(id) {
    selected = id;
    renderList();
    renderDetails(id);
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach(function (node) { node.textContent = t(node.getAttribute('data-i18n')); });
    document.getElementById('lang').textContent = t('switchTo');
    document.getElementById('status').textContent = live ? t('live') : t('offline');
    document.title = t('title');
  }

  function upsert(alert) {
    var i = state.alerts.findIndex(function (a) { return a.id === alert.id; });
    if (i >= 0) { state.alerts[i] = alert; } else { state.alerts.unshift(alert); }
  }

  function api(path) {
    return fetch(path, { headers: { Authorization: 'Bearer ' + token } }).then(function (r) {
      if (!r.ok) { throw new Error(path + ': HTTP ' + r.status); }
      return r.json();
    });
  }

  document.getElementById('lang').addEventListener('click', function () {
    lang = lang === 'zh-CN' ? 'en' : 'zh-CN';
    applyLanguage();
    render();
  });

  if (!live) {
    var d = window.ROGUEWATCH_DATA;
    state.alerts = d.alerts || []; state.probes = d.probes || []; state.cells = d.cells || [];
    applyLanguage();
    render();
    return;
  }
  applyLanguage();
  Promise.all([api('/api/map'), api('/api/config')]).then(function (r) {
    state.alerts = r[0].alerts; state.probes = r[0].probes; state.cells = r[0].cells; state.tileUrl = r[1].tileUrl;
    render();
    var events = new EventSource('/api/events?access_token=' + encodeURIComponent(token));
    events.addEventListener('alert', function (m) { upsert(JSON.parse(m.data)); render(); });
  }).catch(function (e) {
    document.getElementById('status').textContent = t('error') + ': ' + e.message;
  });
}());
