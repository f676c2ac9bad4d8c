// A small icon for each group of action cards, drawn as inline SVG with DOM calls (no markup strings): decoration
// beside the group's name, hidden from screen readers (the name says it all).
import type { Group } from './card-groups.js';

const SVG = 'http://www.w3.org/2000/svg';

type Shape = ['path', string] | ['circle', number, number, number] | ['rect', number, number, number, number];

/** Each group's shapes on a 16×16 grid, stroked in the group title's colour. */
const SHAPES: Record<Group, Shape[]> = {
  // Two linked rings: working together.
  practical: [
    ['circle', 6, 8, 4],
    ['circle', 10, 8, 4],
  ],
  // A shield.
  md: [['path', 'M8 1.5 L14 4 V8 C14 11.5 11.5 13.8 8 14.5 C4.5 13.8 2 11.5 2 8 V4 Z']],
  // A door, ajar.
  enlargement: [
    ['rect', 3.5, 1.5, 9, 13],
    ['path', 'M3.5 1.5 L10 3.5 V16 L3.5 14.5'],
  ],
  // A flag in two bands.
  ukraine: [
    ['path', 'M3 15 V1.5'],
    ['rect', 3, 2, 10, 4],
    ['rect', 3, 6, 10, 4],
  ],
  // A river with a bridge over it.
  transnistria: [
    ['path', 'M1 11 C4 9.5 6 12.5 8 11 S12 9.5 15 11'],
    ['path', 'M2 8 C5 4 11 4 14 8'],
  ],
  // A speech bubble.
  channels: [['path', 'M2 3 H14 V11 H7 L4 14 V11 H2 Z']],
};

function shape(s: Shape): SVGElement {
  const node = document.createElementNS(SVG, s[0]);
  const set = (name: string, value: number | string): void => node.setAttribute(name, String(value));
  if (s[0] === 'path') set('d', s[1]);
  else if (s[0] === 'circle') {
    set('cx', s[1]);
    set('cy', s[2]);
    set('r', s[3]);
  } else {
    set('x', s[1]);
    set('y', s[2]);
    set('width', s[3]);
    set('height', s[4]);
  }
  return node;
}

/** The group's icon: 1em square, stroked in the current colour, aria-hidden. */
export function groupIcon(group: Group): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', 'td-cards__group-icon');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const s of SHAPES[group]) svg.append(shape(s));
  return svg;
}
