// The side's advisers on the turn screen (PeaceMaker's hawk and dove): for the group of the option in focus, each
// adviser's one sentence from the scenario's `advisers` block, with its source. The dilemma made audible; no rule reads it.
import type { CompiledScenario, Side } from '../../engine/index.js';
import type { ActionGroup } from '../../scenario/index.js';
import { el } from '../dom.js';
import { t } from '../strings.js';

export interface AdviserComment {
  name: string;
  role: string;
  text: string;
  /** The source's citation and what in it supports the sentence. */
  cite: string;
}

/** What each of the side's advisers says of a group of options, in the scenario's order; none without advisers. */
export function adviceOn(sc: CompiledScenario, side: Side, group: ActionGroup): AdviserComment[] {
  const sources = new Map(sc.data.sources.map((s) => [s.id, s.cite]));
  return (sc.data.advisers?.[side] ?? []).flatMap((adviser) => {
    const line = adviser.says[group];
    if (!line) return [];
    const cite = `${sources.get(line.source.source) ?? line.source.source}: ${line.source.note}`;
    return [{ name: adviser.name, role: adviser.role, text: line.text, cite }];
  });
}

/** The advisers' box: a heading naming the group, then each voice's name, role and sentence (its source on hover). */
export function adviceBox(comments: readonly AdviserComment[], groupLabel: string): HTMLElement {
  return el('section', {
    className: 'td-advisers',
    attrs: { 'aria-label': t('turn.advisers.heading', { group: groupLabel }) },
    children: [
      el('h3', { className: 'td-advisers__heading', text: t('turn.advisers.heading', { group: groupLabel }) }),
      ...comments.map((c) =>
        el('p', {
          className: 'td-advisers__line',
          attrs: { title: t('turn.card.source', { text: c.cite }) },
          children: [el('strong', { text: c.name }), ` (${c.role}): `, el('q', { text: c.text })],
        }),
      ),
    ],
  });
}
