// The shared report's one script (served from /r/assets/, allowed by the page's policy "script-src 'self'"):
// Print, and the charts drawn as SVG from the JSON the server put in the page. It evaluates nothing, writes
// no markup (every text goes in with textContent), sets no style attribute and makes no request.
'use strict';
(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const COLORS = ['#1565c0', '#ef6c00', '#2e7d32', '#6a1b9a', '#00838f', '#ad1457', '#4e342e', '#546e7a'];
  const SLO = '#c62828';
  const WHISKER = '#263238';

  function el(name, attrs, text) {
    const e = document.createElementNS(SVG, name);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function svg(width, height, label) {
    return el('svg', {width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': label});
  }

  // Vertical grid lines and tick labels of a value axis drawn left to right from x0 to x1.
  function valueAxis(g, axis, x0, x1, top, bottom) {
    axis.ticks.forEach((t, i) => {
      const x = x0 + (x1 - x0) * t.value / axis.max;
      // The end ticks are aligned inwards, so "0 ms" and "60,000 req/s" stay inside the box.
      const anchor = i === 0 ? 'start' : i === axis.ticks.length - 1 ? 'end' : 'middle';
      g.appendChild(el('line', {x1: x, x2: x, y1: top, y2: bottom, class: 'bb-grid'}));
      g.appendChild(el('text', {x: x, y: bottom + 14, 'text-anchor': anchor, class: 'bb-tick'}, t.text));
    });
    g.appendChild(el('text', {x: (x0 + x1) / 2, y: bottom + 32, 'text-anchor': 'middle', class: 'bb-axis-title'}, axis.title));
  }

  // One row per candidate: its name above a horizontal bar, the value written beside the bar (no hover needed).
  function bars(box, data) {
    const width = Math.max(260, box.clientWidth);
    const left = 4, right = 4, row = 48, top = 8;
    const height = top + data.bars.length * row + 44;
    const s = svg(width, height, data.title);
    const x0 = left, x1 = width - right;
    const scale = v => x0 + (x1 - x0) * Math.min(v, data.axis.max) / data.axis.max;
    const bottom = top + data.bars.length * row;
    valueAxis(s, data.axis, x0, x1, top, bottom);
    data.bars.forEach((b, i) => {
      const y = top + i * row;
      const g = el('g', {class: 'bb-bar'});
      g.appendChild(el('title', {}, b.label + ': ' + b.text + (b.interval ? ' (' + b.interval + ')' : '')));
      g.appendChild(el('text', {x: x0, y: y + 12, class: 'bb-bar-label'}, b.label));
      g.appendChild(el('rect', {x: x0, y: y + 17, width: Math.max(1, scale(b.value) - x0), height: 16,
        fill: COLORS[0], class: 'bb-bar-area'}));
      if (b.low !== null && b.high !== null) {
        const lo = scale(b.low), hi = scale(b.high), mid = y + 25;
        g.appendChild(el('line', {x1: lo, x2: hi, y1: mid, y2: mid, stroke: WHISKER, 'stroke-width': 2}));
        g.appendChild(el('line', {x1: lo, x2: lo, y1: mid - 6, y2: mid + 6, stroke: WHISKER, 'stroke-width': 2}));
        g.appendChild(el('line', {x1: hi, x2: hi, y1: mid - 6, y2: mid + 6, stroke: WHISKER, 'stroke-width': 2}));
      }
      // The value on the bar's own line, right of the bar (or of its whisker); inside the bar's end when no room is left.
      const end = Math.max(scale(b.value), b.high !== null ? scale(b.high) : 0);
      const inside = end > x1 - 90;
      g.appendChild(el('text', {x: inside ? x1 - 2 : end + 8, y: y + 30, 'text-anchor': inside ? 'end' : 'start',
        class: inside ? 'bb-bar-value bb-bar-value-inside' : 'bb-bar-value'}, b.text));
      s.appendChild(g);
    });
    if (data.rule) {
      const x = scale(data.rule.value);
      s.appendChild(el('line', {x1: x, x2: x, y1: top - 4, y2: bottom, stroke: SLO, 'stroke-width': 2,
        'stroke-dasharray': '6 4', class: 'bb-rule'}));
      s.appendChild(el('text', {x: x - 4, y: bottom - 4, 'text-anchor': 'end', fill: SLO, class: 'bb-rule-label'}, data.rule.text));
    }
    return s;
  }

  // One line per candidate across the percentiles, each point labelled in its <title>; the legend is HTML text.
  function lines(box, data) {
    const width = Math.max(260, box.clientWidth);
    const height = 240, left = 56, right = 16, top = 12, bottom = height - 40;
    const s = svg(width, height, data.title);
    const n = data.categories.length;
    const x = i => left + (width - left - right) * (n === 1 ? 0.5 : i / (n - 1));
    const y = v => bottom - (bottom - top) * Math.min(v, data.axis.max) / data.axis.max;
    for (const t of data.axis.ticks) {
      s.appendChild(el('line', {x1: left, x2: width - right, y1: y(t.value), y2: y(t.value), class: 'bb-grid'}));
      s.appendChild(el('text', {x: left - 6, y: y(t.value) + 4, 'text-anchor': 'end', class: 'bb-tick'}, t.text));
    }
    data.categories.forEach((c, i) => s.appendChild(el('text', {x: x(i), y: bottom + 16, 'text-anchor': 'middle', class: 'bb-tick'}, c)));
    s.appendChild(el('text', {x: (left + width - right) / 2, y: bottom + 34, 'text-anchor': 'middle', class: 'bb-axis-title'}, data.axis.title));
    data.series.forEach((line, k) => {
      const color = COLORS[k % COLORS.length];
      const g = el('g', {class: 'bb-line'});
      const points = [];
      line.values.forEach((v, i) => { if (v !== null) points.push(x(i) + ',' + y(v)); });
      g.appendChild(el('polyline', {points: points.join(' '), fill: 'none', stroke: color, 'stroke-width': 2}));
      line.values.forEach((v, i) => {
        if (v === null) return;
        const dot = el('circle', {cx: x(i), cy: y(v), r: 4, fill: color, class: 'bb-marker'});
        dot.appendChild(el('title', {}, line.name + ' ' + data.categories[i] + ': ' + line.texts[i]));
        g.appendChild(dot);
      });
      s.appendChild(g);
    });
    return s;
  }

  function legend(data) {
    const list = document.createElement('ul');
    list.className = 'bb-legend';
    data.series.forEach((line, k) => {
      const item = document.createElement('li');
      const swatch = el('svg', {width: 12, height: 12, 'aria-hidden': 'true'});
      swatch.appendChild(el('rect', {width: 12, height: 12, fill: COLORS[k % COLORS.length]}));
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(' ' + line.name + ': ' + line.texts.join(' · ')));
      list.appendChild(item);
    });
    return list;
  }

  function draw(all) {
    for (const figure of document.querySelectorAll('[data-chart]')) {
      const id = figure.getAttribute('data-chart');
      const data = [all.p99, all.throughput, all.percentiles].find(d => d && d.id === id);
      const plot = figure.querySelector('.bb-share-chart-plot');
      if (!data || !plot) continue;
      plot.replaceChildren(data.bars ? bars(plot, data) : lines(plot, data));
      if (data.series) plot.appendChild(legend(data));
      figure.setAttribute('rendered', '');
    }
  }

  function start() {
    const print = document.getElementById('share-print');
    if (print) print.addEventListener('click', () => window.print());
    const source = document.getElementById('share-chart-data');
    if (!source) return;
    const all = JSON.parse(source.textContent);
    draw(all);
    if (window.performance && performance.mark) performance.mark('bb-charts-drawn');
    let width = window.innerWidth;
    window.addEventListener('resize', () => {
      if (window.innerWidth === width) return;
      width = window.innerWidth;
      draw(all);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
