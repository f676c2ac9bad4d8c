// Trust over time as an accessible SVG (built with createElementNS and text nodes), with a data table for screen readers.
import type { TrustPoint } from '../../analysis/debrief.js';
import { el } from '../dom.js';
import { pct, uid } from '../panels/format.js';
import { t } from '../strings.js';
import { svg, trustFrame } from '../charts/trust-frame.js';

const W = 720;
const H = 300;
// The right pad leaves room for half of the last turn label, which is centred on the last point.
const PAD = { left: 44, right: 34, top: 14, bottom: 40 };

export interface ChartSeries {
  player: readonly TrustPoint[];
  /** The historical run's series (same length or shorter), or null. */
  historical: readonly TrustPoint[] | null;
}

/** The SVG chart: NATO solid with circles, Russia dashed with squares, the historical path thin and grey. */
export function trustChart({ player, historical }: ChartSeries): SVGSVGElement {
  const labels = player.length >= (historical?.length ?? 0) ? player : (historical ?? player);
  const { root, x, y } = trustFrame({
    width: W,
    height: H,
    pad: PAD,
    titleId: uid('chart-title'),
    descId: uid('chart-desc'),
    title: t('debrief.chart'),
    desc: t('debrief.chart.desc'),
    className: 'td-chart__svg',
    points: Math.max(player.length, historical?.length ?? 0),
    labels,
  });

  const line = (points: readonly TrustPoint[], side: 'nato' | 'russia', className: string): SVGPolylineElement =>
    svg('polyline', {
      points: points.map((p, i) => `${x(i).toFixed(1)},${y(p[side]).toFixed(1)}`).join(' '),
      class: className,
      fill: 'none',
    });

  if (historical && historical.length) {
    root.append(
      line(historical, 'nato', 'td-chart__line td-chart__line--hist'),
      line(historical, 'russia', 'td-chart__line td-chart__line--hist td-chart__line--dashed'),
    );
  }
  root.append(
    line(player, 'nato', 'td-chart__line td-chart__line--nato'),
    line(player, 'russia', 'td-chart__line td-chart__line--russia td-chart__line--dashed'),
  );
  const marks = svg('g', { 'aria-hidden': 'true' });
  player.forEach((p, i) => {
    marks.append(svg('circle', { cx: x(i), cy: y(p.nato), r: 4, class: 'td-chart__mark--nato' }));
    marks.append(svg('rect', { x: x(i) - 3.5, y: y(p.russia) - 3.5, width: 7, height: 7, class: 'td-chart__mark--russia' }));
  });
  root.append(marks);
  return root;
}

/** The legend, in words and symbols. */
export function chartLegend(withHistory: boolean): HTMLUListElement {
  const items = [
    el('li', { className: 'td-legend--nato', text: `● ${t('debrief.chart.nato')}` }),
    el('li', { className: 'td-legend--russia', text: `■ ${t('debrief.chart.russia')}` }),
  ];
  if (withHistory) items.push(el('li', { className: 'td-legend--hist', text: `— ${t('debrief.chart.historical')}` }));
  return el('ul', { className: 'td-chart__legend', children: items });
}

/** The same numbers as a table (the chart's text alternative). */
export function trustTable({ player, historical }: ChartSeries): HTMLElement {
  const head = el('tr', {
    children: [
      el('th', { text: t('debrief.table.turn'), attrs: { scope: 'col' } }),
      el('th', { text: t('debrief.table.nato'), attrs: { scope: 'col' } }),
      el('th', { text: t('debrief.table.russia'), attrs: { scope: 'col' } }),
    ],
  });
  if (historical)
    head.append(
      el('th', { text: t('debrief.table.histNato'), attrs: { scope: 'col' } }),
      el('th', { text: t('debrief.table.histRussia'), attrs: { scope: 'col' } }),
    );
  const body = el('tbody');
  const rows = Math.max(player.length, historical?.length ?? 0);
  for (let i = 0; i < rows; i++) {
    const p = player[i];
    const h = historical?.[i];
    const tr = el('tr', { children: [el('th', { text: (p ?? h)?.label ?? '', attrs: { scope: 'row' } })] });
    tr.append(
      el('td', { className: 'td-num', text: p ? pct(p.nato) : '' }),
      el('td', { className: 'td-num', text: p ? pct(p.russia) : '' }),
    );
    if (historical)
      tr.append(
        el('td', { className: 'td-num', text: h ? pct(h.nato) : '' }),
        el('td', { className: 'td-num', text: h ? pct(h.russia) : '' }),
      );
    body.append(tr);
  }
  const table = el('table', {
    className: 'td-table',
    children: [el('caption', { text: t('debrief.table') }), el('thead', { children: [head] }), body],
  });
  return el('div', { className: 'td-table-wrap', children: [table] });
}
