// The class board's teaching sections (DOM only; the analysis is src/analysis/class-board.ts): where the games
// diverged, on decisions in the same situation, and what each team lived through (events, injections, notes,
// misreadings). Content is rendered as text.
import { comparePairs, firstDivergence, type PairComparison } from '../../analysis/class-board.js';
import type { Side } from '../../engine/index.js';
import { el } from '../dom.js';
import { actionName, sideName, uid } from '../panels/format.js';
import { t, tn } from '../strings.js';
import type { Team } from './model.js';

/** At most this many pairs are listed by name (a class of thirty has 435 pairs). */
const MAX_PAIRS = 12;

function pairText(teams: readonly Team[], pair: PairComparison): string {
  const sc = teams[0]!.sc;
  const a = teams[pair.kind === 'diverged' ? pair.divergence.a : pair.a]!.name;
  const b = teams[pair.kind === 'diverged' ? pair.divergence.b : pair.b]!.name;
  if (pair.kind === 'same') return tn('classBoard.pair.same', pair.turns, { a, b });
  if (pair.kind === 'apart') return t('classBoard.pair.injected', { a, b, label: sc.labels[pair.turn] ?? '' });
  const { label, sides, actions } = pair.divergence;
  // What each chose that the other did not: the decision itself, without the actions both took.
  const only = (mine: readonly string[], theirs: readonly string[]): string => {
    const ids = mine.filter((id) => !theirs.includes(id));
    return ids.length ? ids.map((id) => actionName(sc, id)).join(', ') : t('classBoard.pair.nothing');
  };
  const choices = sides
    .map((side: Side) =>
      t('classBoard.pair.choice', {
        side: sideName(side),
        a,
        b,
        x: only(actions[0][side], actions[1][side]),
        y: only(actions[1][side], actions[0][side]),
      }),
    )
    .join('; ');
  return t('classBoard.pair.diverged', { a, b, label, choices });
}

/** "Where the games diverged": the first decision that parted two teams in the same situation, then pair by pair. */
export function divergenceNodes(teams: readonly Team[]): Node[] {
  const games = teams.map((team) => ({ start: team.start, history: team.game.history }));
  const pairs = comparePairs(games);
  const first = firstDivergence(games);
  // Pairs that shared a start (an 'apart' after the first turn: the teacher's injections parted them).
  const comparable = pairs.filter((p) => !(p.kind === 'apart' && p.turn === 0));
  const text =
    first !== null
      ? t('classBoard.diverged.first', { label: first.label, n: first.turn + 1, a: teams[first.a]!.name, b: teams[first.b]!.name })
      : comparable.length > 0
        ? t('classBoard.diverged.never')
        : t('classBoard.diverged.apart');
  const nodes: Node[] = [el('p', { className: 'td-board__first', text })];
  if (comparable.length > 0) {
    const items = comparable.slice(0, MAX_PAIRS).map((pair) => el('li', { text: pairText(teams, pair) }));
    if (comparable.length > MAX_PAIRS) items.push(el('li', { text: t('classBoard.pairs.more', { n: comparable.length - MAX_PAIRS }) }));
    nodes.push(el('h4', { text: t('classBoard.pairs') }), el('ul', { className: 'td-board__pairs', children: items }));
  }
  const apart = pairs.length - comparable.length;
  if (apart > 0 && comparable.length > 0) nodes.push(el('p', { className: 'td-muted', text: t('classBoard.pairs.apart', { n: apart }) }));
  return nodes;
}

/** A list of "label: text" lines, or "none". */
function cell(lines: readonly { label: string; text: string }[]): HTMLElement {
  if (lines.length === 0) return el('td', { className: 'td-muted', text: t('classBoard.story.none') });
  return el('td', {
    children: [el('ul', { children: lines.map((line) => el('li', { text: t('classBoard.story.item', line) })) })],
  });
}

/** "What each team lived through": one row per team, its events, injections, notes and misreadings by half-year. */
export function storySection(teams: readonly Team[]): HTMLElement {
  const sc = teams[0]!.sc;
  const eventName = (id: string): string => sc.events.get(id)?.name ?? id;
  const col = (text: string): HTMLElement => el('th', { text, attrs: { scope: 'col' } });
  const head = el('tr', {
    children: [
      col(t('classBoard.col.team')),
      col(t('classBoard.story.events')),
      col(t('classBoard.story.injections')),
      col(t('classBoard.story.notes')),
      col(t('classBoard.story.misreadings')),
    ],
  });
  const rows = teams.map((team) => {
    const { story } = team;
    const named = (list: readonly { label: string; ids: readonly string[] }[]) =>
      list.map(({ label, ids }) => ({ label, text: ids.map(eventName).join(', ') }));
    return el('tr', {
      children: [
        el('th', { text: team.name, attrs: { scope: 'row' } }),
        cell(named(story.events)),
        cell(named(story.injections)),
        cell(story.notes.map(({ label, notes }) => ({ label, text: notes.join(' · ') }))),
        cell(
          story.misreadings.map((m) => ({
            label: m.label,
            text: t(`classBoard.story.misread.${m.reading}`, { observer: sideName(m.observer), action: actionName(sc, m.action) }),
          })),
        ),
      ],
    });
  });
  const id = uid('board-story');
  const table = el('table', {
    className: 'td-table td-board__story',
    children: [el('caption', { text: t('classBoard.story.caption') }), el('thead', { children: [head] }), el('tbody', { children: rows })],
  });
  return el('section', {
    attrs: { 'aria-labelledby': id },
    children: [el('h3', { text: t('classBoard.story'), attrs: { id } }), el('div', { className: 'td-table-wrap', children: [table] })],
  });
}
