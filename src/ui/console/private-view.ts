// The teacher's private view (issue 12): both trusts, both true types and both teams' last and sealed choices, as the
// game's window sends them to its paired console window only. The overlay on the shared screen says where to see it.
import { el } from '../dom.js';
import { sideName } from '../panels/format.js';
import { t } from '../strings.js';
import type { PrivateSide, PrivateView } from './protocol.js';

const typeWord = (type: string): string =>
  type === 'partner' ? t('console.private.type.partner') : type === 'adversary' ? t('console.private.type.adversary') : type;

const actionsText = (actions: readonly string[]): string => (actions.length ? actions.join('; ') : t('console.private.pass'));

function sideBox(side: 'nato' | 'russia', view: PrivateSide, lastLabel: string | null): HTMLElement {
  const other = side === 'nato' ? 'russia' : 'nato';
  const lines = [
    t('console.private.trust', { other: sideName(other), trust: view.trust, practical: view.practical, order: view.order }),
    t('console.private.types', { practical: typeWord(view.types.practical), order: typeWord(view.types.order) }),
    view.last && lastLabel !== null
      ? t('console.private.last', { label: lastLabel, actions: actionsText(view.last) })
      : t('console.private.last.none'),
    ...(view.sealed ? [t('console.private.sealed', { actions: actionsText(view.sealed) })] : []),
  ];
  return el('section', {
    className: 'console-private__side',
    attrs: { 'data-side': side },
    children: [
      el('h4', { className: `side-${side}`, text: sideName(side) }),
      el('ul', { children: lines.map((text) => el('li', { text })) }),
    ],
  });
}

/** The view's content: the two sides, or (in the overlay, where none is sent) where to find it. */
export function privateContent(view: PrivateView | null, noGame: boolean): Node[] {
  if (noGame) return [el('p', { className: 'td-muted', text: t('console.noGame') })];
  if (!view) return [el('p', { className: 'hint', text: t('console.private.overlay') })];
  return [
    el('p', { className: 'hint', text: t('console.private.hint') }),
    el('div', {
      className: 'console-private',
      children: [sideBox('nato', view.nato, view.lastLabel), sideBox('russia', view.russia, view.lastLabel)],
    }),
  ];
}
