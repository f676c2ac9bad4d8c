// A replay code as a QR code, to be shown from a student's screen (or projected) and scanned by the teacher: an SVG
// of rectangles built with createElementNS (never markup), with a quiet zone of four modules and an accessible label.
import './qr.css';
import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';

/** The quiet zone around the symbol, in modules (ISO/IEC 18004 asks for four). */
export const QUIET_ZONE = 4;

export interface QrMatrix {
  /** Modules per side, quiet zone included. */
  size: number;
  /** Dark modules as horizontal runs: [x, y, length]. */
  runs: [number, number, number][];
}

/**
 * The modules of a QR code of `text` (error correction M, else L when the text is too long for M), as runs of dark
 * modules; null when the text does not fit in a QR code at all.
 */
export function qrMatrix(text: string): QrMatrix | null {
  for (const ecc of ['M', 'L'] as const) {
    let data: boolean[][];
    try {
      data = encode(text, { ecc, border: QUIET_ZONE }).data;
    } catch {
      continue;
    }
    const runs: [number, number, number][] = [];
    data.forEach((row, y) => {
      let start = -1;
      for (let x = 0; x <= row.length; x++) {
        const dark = x < row.length && row[x] === true;
        if (dark && start < 0) start = x;
        else if (!dark && start >= 0) {
          runs.push([start, y, x - start]);
          start = -1;
        }
      }
    });
    return { size: data.length, runs };
  }
  return null;
}

/** The QR code as an SVG image (black on white, whatever the theme), labelled for screen readers; null when it does not fit. */
export function qrSvg(text: string, label: string): SVGSVGElement | null {
  const matrix = qrMatrix(text);
  if (!matrix) return null;
  const root = document.createElementNS(SVG, 'svg');
  root.setAttribute('viewBox', `0 0 ${matrix.size} ${matrix.size}`);
  root.setAttribute('role', 'img');
  root.setAttribute('aria-label', label);
  root.setAttribute('shape-rendering', 'crispEdges');
  root.setAttribute('class', 'td-qr__svg');
  root.dataset.modules = String(matrix.size);
  const title = document.createElementNS(SVG, 'title');
  title.textContent = label;
  const background = document.createElementNS(SVG, 'rect');
  for (const [name, value] of [
    ['x', '0'],
    ['y', '0'],
    ['width', String(matrix.size)],
    ['height', String(matrix.size)],
    ['fill', '#ffffff'],
  ])
    background.setAttribute(name!, value!);
  const modules = document.createElementNS(SVG, 'g');
  modules.setAttribute('fill', '#000000');
  for (const [x, y, w] of matrix.runs) {
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('x', String(x));
    rect.setAttribute('y', String(y));
    rect.setAttribute('width', String(w));
    rect.setAttribute('height', '1');
    modules.append(rect);
  }
  root.append(title, background, modules);
  return root;
}
