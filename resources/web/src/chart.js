// The visitors/pageviews chart: plain SVG (bars for visitors, a line for pageviews, and a
// dashed line for the previous period's visitors when comparing), small enough that a
// charting library would cost more than it saves. Labels and tooltips are text nodes.
import { svg } from './dom.js';

export function chart(points, label, t, width = 800, previous = null) {
  // Drawn at the width it is shown at, so its text stays readable on a phone.
  const W = Math.max(300, Math.min(1200, Math.round(width)));
  const H = 220;
  const pad = { l: 40, r: 8, t: 10, b: 24 };
  const prev = previous ? previous.slice(0, points.length) : [];
  const max = Math.max(1, ...points.map((p) => Math.max(p.visitors, p.pageviews)), ...prev.map((p) => p.visitors));
  const n = Math.max(points.length, 1);
  const step = (W - pad.l - pad.r) / n;
  const y = (v) => pad.t + (H - pad.t - pad.b) * (1 - v / max);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': t('Visitors') });
  for (const f of [0, 0.5, 1]) {
    const v = Math.round(max * f);
    root.append(svg('line', { x1: pad.l, x2: W - pad.r, y1: y(v), y2: y(v), class: 'grid' }));
    root.append(svg('text', { x: pad.l - 6, y: y(v) + 4, class: 'axis', 'text-anchor': 'end' }, String(v)));
  }
  let line = '';
  points.forEach((p, i) => {
    const x = pad.l + i * step;
    const bar = svg('rect', {
      x: x + step * 0.15,
      y: y(p.visitors),
      width: Math.max(1, step * 0.7),
      height: Math.max(0, H - pad.b - y(p.visitors)),
      class: 'bar',
    });
    const before = prev[i] ? ` (${t('previous period')}: ${prev[i].visitors})` : '';
    bar.append(svg('title', {}, `${label(p)}: ${p.visitors} ${t('Visitors')}${before}, ${p.pageviews} ${t('Pageviews')}`));
    root.append(bar);
    line += `${i ? 'L' : 'M'}${x + step / 2},${y(p.pageviews)}`;
    const every = Math.ceil(n / Math.max(3, Math.floor(W / 100)));
    if (i % every === 0)
      root.append(svg('text', { x: x + step / 2, y: H - 6, class: 'axis', 'text-anchor': 'middle' }, label(p)));
  });
  if (points.length) root.append(svg('path', { d: line, class: 'line' }));
  if (prev.length) {
    const d = prev.map((p, i) => `${i ? 'L' : 'M'}${pad.l + i * step + step / 2},${y(p.visitors)}`).join('');
    root.append(svg('path', { d, class: 'previous', 'data-previous': prev.length }));
  }
  return root;
}
