// All teams' trust over time on one SVG chart (createElementNS and text nodes only): NATO's trust solid, Russia's
// dashed; each team its own shade AND its own marker shape AND its number beside the curve's end, so that colour
// never carries the meaning alone. A data table with the same numbers is the text alternative.
// The board prints (print.css): loaded with the board, whether or not a debrief or the role cards were opened first.
import { SIDES } from '../../engine/index.js';
import '../print.css';
import { el } from '../dom.js';
import { pct, uid } from '../panels/format.js';
import { t } from '../strings.js';
import { svg, trustFrame } from '../charts/trust-frame.js';
import type { HistoricalPath } from '../../analysis/class-board.js';
import type { Team } from './model.js';

const W = 760;
const H = 340;
const PAD = { left: 44, right: 56, top: 14, bottom: 40 };

/** Marker shapes, in team order (then repeated: the number label still tells teams apart). */
export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'triangle-down', 'plus'] as const;
export type Marker = (typeof MARKERS)[number];

/** Shades readable on the dark chart background (Okabe–Ito inspired, lightened), in team order. */
export const SHADES = ['#7dd3fc', '#fdba74', '#86efac', '#f9a8d4', '#fde047', '#c4b5fd', '#fca5a5', '#e2e8f0'] as const;

export const teamMarker = (number: number): Marker => MARKERS[(number - 1) % MARKERS.length]!;
export const teamShade = (number: number): string => SHADES[(number - 1) % SHADES.length]!;

/** A marker's symbol in text (legend and tables). */
export const MARKER_SYMBOL: Record<Marker, string> = {
  circle: '●',
  square: '■',
  triangle: '▲',
  diamond: '◆',
  cross: '✕',
  star: '★',
  'triangle-down': '▼',
  plus: '✚',
};

/** The path of a marker of radius r centred on (x, y). */
function markerPath(shape: Marker, x: number, y: number, r: number): string {
  const p = (dx: number, dy: number): string => `${(x + dx).toFixed(1)},${(y + dy).toFixed(1)}`;
  switch (shape) {
    case 'circle':
      return `M${p(-r, 0)} A${r},${r} 0 1,0 ${p(r, 0)} A${r},${r} 0 1,0 ${p(-r, 0)} Z`;
    case 'square':
      return `M${p(-r, -r)} L${p(r, -r)} L${p(r, r)} L${p(-r, r)} Z`;
    case 'triangle':
      return `M${p(0, -r * 1.2)} L${p(r * 1.1, r * 0.9)} L${p(-r * 1.1, r * 0.9)} Z`;
    case 'triangle-down':
      return `M${p(0, r * 1.2)} L${p(r * 1.1, -r * 0.9)} L${p(-r * 1.1, -r * 0.9)} Z`;
    case 'diamond':
      return `M${p(0, -r * 1.3)} L${p(r * 1.3, 0)} L${p(0, r * 1.3)} L${p(-r * 1.3, 0)} Z`;
    case 'cross': {
      const a = r * 0.45;
      return `M${p(-r, -r + a)} L${p(-r + a, -r)} L${p(0, -a)} L${p(r - a, -r)} L${p(r, -r + a)} L${p(a, 0)} L${p(r, r - a)} L${p(r - a, r)} L${p(0, a)} L${p(-r + a, r)} L${p(-r, r - a)} L${p(-a, 0)} Z`;
    }
    case 'plus': {
      const a = r * 0.4;
      return `M${p(-a, -r)} L${p(a, -r)} L${p(a, -a)} L${p(r, -a)} L${p(r, a)} L${p(a, a)} L${p(a, r)} L${p(-a, r)} L${p(-a, a)} L${p(-r, a)} L${p(-r, -a)} L${p(-a, -a)} Z`;
    }
    case 'star': {
      const points: string[] = [];
      // Ten vertices at fixed angles (precomputed sin/cos of multiples of 36°), outer r*1.3, inner r*0.55.
      const unit = [
        [0, -1],
        [0.588, -0.809],
        [0.951, -0.309],
        [0.951, 0.309],
        [0.588, 0.809],
        [0, 1],
        [-0.588, 0.809],
        [-0.951, 0.309],
        [-0.951, -0.309],
        [-0.588, -0.809],
      ] as const;
      unit.forEach(([ux, uy], i) => {
        const rr = i % 2 === 0 ? r * 1.3 : r * 0.55;
        points.push(p(ux * rr, uy * rr));
      });
      return `M${points.join(' L')} Z`;
    }
  }
}

/**
 * The overlaid chart: per team two polylines (data-team, data-side) with the team's markers, and its number at the end;
 * under them, thin and grey, the historical path of each seed (data-historical).
 */
export function overlayChart(teams: readonly Team[], title: string, historical: readonly HistoricalPath[] = []): SVGSVGElement {
  const all = [...teams.map((team) => team.series), ...historical.map((path) => path.series)];
  const longest = all.reduce<Team['series'] | null>((best, series) => (!best || series.length > best.length ? series : best), null);
  const { root, x, y } = trustFrame({
    width: W,
    height: H,
    pad: PAD,
    titleId: uid('board-chart-title'),
    descId: uid('board-chart-desc'),
    title,
    desc: t('classBoard.chart.desc', { n: teams.length }),
    className: 'td-chart__svg td-board-chart',
    points: Math.max(...all.map((series) => series.length)),
    labels: longest ?? [],
  });
  const history = svg('g', { class: 'td-board-chart__history' });
  for (const path of historical)
    for (const side of SIDES)
      history.append(
        svg('polyline', {
          points: path.series.map((p, i) => `${x(i).toFixed(1)},${y(p[side]).toFixed(1)}`).join(' '),
          class: `td-chart__line td-chart__line--hist${side === 'russia' ? ' td-chart__line--dashed' : ''}`,
          fill: 'none',
          'data-historical': path.seed,
          'data-side': side,
          'aria-hidden': 'true',
        }),
      );

  const curves = svg('g', { class: 'td-board-chart__curves' });
  const marks = svg('g', { 'aria-hidden': 'true' });
  const ends = svg('g', { 'aria-hidden': 'true' });
  for (const team of teams) {
    const shade = teamShade(team.number);
    const shape = teamMarker(team.number);
    for (const side of SIDES) {
      curves.append(
        svg('polyline', {
          points: team.series.map((p, i) => `${x(i).toFixed(1)},${y(p[side]).toFixed(1)}`).join(' '),
          class: `td-board-chart__line${side === 'russia' ? ' td-chart__line--dashed' : ''}`,
          stroke: shade,
          fill: 'none',
          'data-team': team.number,
          'data-side': side,
          'aria-hidden': 'true',
        }),
      );
      team.series.forEach((p, i) => {
        marks.append(
          svg('path', {
            d: markerPath(shape, x(i), y(p[side]), 4),
            fill: side === 'nato' ? shade : '#1e293b',
            stroke: shade,
            'stroke-width': side === 'nato' ? 0 : 1.6,
          }),
        );
      });
      const last = team.series.at(-1);
      if (last) {
        const label = `${team.number}${side === 'nato' ? 'N' : 'R'}`;
        ends.append(
          svg('text', { x: x(team.series.length - 1) + 8, y: y(last[side]) + 4, fill: shade, class: 'td-board-chart__end' }, label),
        );
      }
    }
  }
  root.append(history, curves, marks, ends);
  return root;
}

/** The legend: per team its marker symbol, number and name, what solid and dashed mean, and the historical path. */
export function overlayLegend(teams: readonly Team[], historical: readonly HistoricalPath[] = []): HTMLElement {
  const items = teams.map((team) => {
    const item = el('li', {
      text: t('classBoard.legend.team', { symbol: MARKER_SYMBOL[teamMarker(team.number)], n: team.number, name: team.name }),
    });
    item.style.color = teamShade(team.number);
    return item;
  });
  items.push(el('li', { className: 'td-muted', text: t('classBoard.legend.lines') }));
  if (historical.length)
    items.push(
      el('li', {
        className: 'td-legend--hist',
        text: t('classBoard.legend.historical', { seeds: historical.map((path) => path.seed).join(', ') }),
      }),
    );
  return el('ul', { className: 'td-chart__legend', children: items });
}

/** The same numbers as a table: per half-year, each team's NATO and Russia trust, then each historical path's. */
export function overlayTable(teams: readonly Team[], historical: readonly HistoricalPath[] = []): HTMLElement {
  const columns = [
    ...teams.map((team) => ({
      series: team.series,
      nato: t('classBoard.table.nato', { n: team.number }),
      russia: t('classBoard.table.russia', { n: team.number }),
    })),
    ...historical.map((path) => ({
      series: path.series,
      nato: t('classBoard.table.hist.nato', { seed: path.seed }),
      russia: t('classBoard.table.hist.russia', { seed: path.seed }),
    })),
  ];
  const head = el('tr', { children: [el('th', { text: t('debrief.table.turn'), attrs: { scope: 'col' } })] });
  for (const column of columns)
    head.append(el('th', { text: column.nato, attrs: { scope: 'col' } }), el('th', { text: column.russia, attrs: { scope: 'col' } }));
  const body = el('tbody');
  const rows = Math.max(0, ...columns.map((column) => column.series.length));
  for (let i = 0; i < rows; i++) {
    const label = columns.map((column) => column.series[i]?.label).find((l) => l !== undefined) ?? '';
    const tr = el('tr', { children: [el('th', { text: label, attrs: { scope: 'row' } })] });
    for (const { series } of columns) {
      const p = series[i];
      tr.append(
        el('td', { className: 'td-num', text: p ? pct(p.nato) : '' }),
        el('td', { className: 'td-num', text: p ? pct(p.russia) : '' }),
      );
    }
    body.append(tr);
  }
  const table = el('table', {
    className: 'td-table',
    children: [el('caption', { text: t('classBoard.table') }), el('thead', { children: [head] }), body],
  });
  return el('div', { className: 'td-table-wrap', children: [table] });
}
