// The frame of a trust-over-time chart, shared by the debrief and the class board: an accessible SVG (title and
// description), the 0–100 % grid, half-year labels that never crowd, and the scales that map turns and trust to it.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element built with createElementNS; text goes in as a text node, never as markup. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface FrameOptions {
  width: number;
  height: number;
  pad: { left: number; right: number; top: number; bottom: number };
  /** Ids of the title and description (unique on the page). */
  titleId: string;
  descId: string;
  title: string;
  desc: string;
  className: string;
  /** The number of points along the time axis (at least 2 are laid out). */
  points: number;
  /** The half-year labels along the time axis. */
  labels: readonly { label: string }[];
}

export interface TrustFrame {
  root: SVGSVGElement;
  /** The x of the i-th point. */
  x: (i: number) => number;
  /** The y of a trust in basis points. */
  y: (bp: number) => number;
}

export function trustFrame(o: FrameOptions): TrustFrame {
  const root = svg('svg', {
    viewBox: `0 0 ${o.width} ${o.height}`,
    role: 'img',
    'aria-labelledby': `${o.titleId} ${o.descId}`,
    class: o.className,
    preserveAspectRatio: 'xMidYMid meet',
  });
  root.append(svg('title', { id: o.titleId }, o.title), svg('desc', { id: o.descId }, o.desc));
  const n = Math.max(2, o.points);
  const { pad } = o;
  const x = (i: number): number => pad.left + ((o.width - pad.left - pad.right) * i) / (n - 1);
  const y = (bp: number): number => pad.top + ((o.height - pad.top - pad.bottom) * (10_000 - bp)) / 10_000;

  const grid = svg('g', { class: 'td-chart__grid', 'aria-hidden': 'true' });
  for (const p of [0, 25, 50, 75, 100]) {
    grid.append(svg('line', { x1: pad.left, x2: o.width - pad.right, y1: y(p * 100), y2: y(p * 100), class: 'td-chart__gridline' }));
    grid.append(svg('text', { x: pad.left - 6, y: y(p * 100) + 4, 'text-anchor': 'end', class: 'td-chart__tick' }, `${p}%`));
  }
  // About eleven labels at most, always the last one, and never one crowding the last.
  const every = Math.max(1, Math.ceil(o.labels.length / 11));
  const last = o.labels.length - 1;
  o.labels.forEach((point, i) => {
    if (i !== last && (i % every !== 0 || last - i < every)) return;
    grid.append(svg('text', { x: x(i), y: o.height - pad.bottom + 16, 'text-anchor': 'middle', class: 'td-chart__tick' }, point.label));
  });
  root.append(grid);
  return { root, x, y };
}
