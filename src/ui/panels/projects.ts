// The project board: each project's state and progress and, when it is blocked, its trust deficit per side.
import { SIDES } from '../../engine/index.js';
import type { CompiledScenario, Side, WorldState } from '../../engine/index.js';
import { el } from '../dom.js';
import { t, tn } from '../strings.js';
import { actionName, pct, sideName, stateWord, uid } from './format.js';

interface Row {
  root: HTMLElement;
  state: HTMLElement;
  deficit: HTMLElement;
  last: string;
}

/**
 * Whole percentage points short of the threshold, per side short of it (empty when neither is). Under fog of trust
 * `only` names the one side whose shortfall the screen may show.
 */
export function deficitText(threshold: number, trust: WorldState['trust'], only: Side | null = null): string {
  const parts: string[] = [];
  for (const side of SIDES) {
    if (only !== null && side !== only) continue;
    if (trust[side] < threshold)
      parts.push(tn('turn.project.deficitSide', Math.ceil((threshold - trust[side]) / 100), { side: sideName(side) }));
  }
  return parts.length ? t('turn.project.deficit', { who: parts.join(', ') }) : '';
}

export class ProjectBoard {
  readonly root: HTMLElement;
  private readonly rows = new Map<string, Row>();

  constructor(
    private readonly sc: CompiledScenario,
    /** Fog of trust: the one side whose shortfall this screen may show; null shows both. */
    private readonly onlySide: Side | null = null,
  ) {
    const headingId = uid('projects');
    const list = el('ul', { className: 'td-projects__list' });
    for (const p of sc.data.projects) {
      const state = el('span', { className: 'td-project__state' });
      const deficit = el('span', { className: 'td-project__deficit' });
      const root = el('li', {
        className: 'td-project',
        children: [
          el('span', { className: 'td-project__name', text: actionName(sc, p.id) }),
          state,
          el('span', { className: 'td-project__needs', text: t('turn.project.needs', { threshold: pct(p.threshold) }) }),
          deficit,
        ],
      });
      list.append(root);
      this.rows.set(p.id, { root, state, deficit, last: '' });
    }
    const children: Node[] = [el('h2', { text: t('turn.projects'), attrs: { id: headingId } })];
    children.push(sc.data.projects.length ? list : el('p', { text: t('turn.project.none') }));
    this.root = el('section', { className: 'td-projects', attrs: { 'aria-labelledby': headingId }, children });
  }

  update(w: WorldState): void {
    for (const p of this.sc.data.projects) {
      const row = this.rows.get(p.id);
      const ps = w.projects[p.id];
      if (!row || !ps) continue;
      let state =
        ps.state === 'running'
          ? tn('turn.project.progress', p.turnsToDeliver, { state: stateWord('running'), progress: ps.progress })
          : stateWord(ps.state);
      if (ps.state === 'proposed' && ps.proposedBy && ps.proposedBy !== 'both')
        state = t('state.proposedBy', { side: sideName(ps.proposedBy) });
      const blocked = ps.state !== 'running' && ps.state !== 'delivered';
      const deficit = blocked ? deficitText(p.threshold, w.trust, this.onlySide) : '';
      const key = `${ps.state}|${state}|${deficit}`;
      if (key === row.last) continue;
      row.last = key;
      row.state.textContent = state;
      row.deficit.textContent = deficit;
      row.root.dataset.state = ps.state;
      row.root.classList.toggle('td-project--blocked', deficit !== '');
    }
  }
}
