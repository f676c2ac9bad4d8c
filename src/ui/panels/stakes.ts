// Stakes on screen (issue 11): the outcomes this scenario can produce, what each needs (the scenario's thresholds) and
// where this game stands against each condition, from src/analysis/outcome-progress.ts. On the turn screen a compact
// panel that opens; in the debrief the same list for the final state. Under fog of trust only the viewer's own trust is
// shown, and no mark or "if it ended now" that would give the other side's trust away.
import { outcomeProgress, type Condition, type OutcomeProgress } from '../../analysis/outcome-progress.js';
import { otherSide, type CompiledScenario, type OutcomeId, type Side, type WorldState } from '../../engine/index.js';
import { el, VISUALLY_HIDDEN } from '../dom.js';
import { t, tn, type StringId } from '../strings.js';
import { pct, sideName, uid } from './format.js';

type Mark = 'met' | 'unmet' | 'unknown' | 'happening' | 'quiet';

const outcomeTitle = (o: OutcomeId): string => t(`outcome.${o}` as StringId);

/** A condition as a mark and a sentence; `viewer` is the one side whose trust may be shown (fog), or null. */
export function conditionLine(c: Condition, avoid: boolean, viewer: Side | null): { mark: Mark; text: string } {
  const plain = (met: boolean): Mark => (avoid ? (met ? 'happening' : 'quiet') : met ? 'met' : 'unmet');
  switch (c.kind) {
    case 'trust': {
      const area = t(`meter.area.${c.area}`);
      if (viewer === null)
        return {
          mark: plain(c.met),
          text: t('stakes.trust', { area, need: pct(c.need), nato: pct(c.have.nato), russia: pct(c.have.russia) }),
        };
      // Only the viewer's own belief: whether both sides clear the bar is not theirs to know.
      const own = c.have[viewer];
      return {
        mark: own < c.need ? plain(false) : 'unknown',
        text: t('stakes.trust.fog', { area, need: pct(c.need), own: pct(own), other: sideName(otherSide(viewer)) }),
      };
    }
    case 'projects':
      return {
        mark: plain(c.met),
        text: tn(c.states === 'delivered' ? 'stakes.delivered' : 'stakes.running', c.need, { have: c.have }),
      };
    case 'joint-system':
      return { mark: plain(c.met), text: t('stakes.joint') };
    case 'council-suspended':
      return { mark: plain(c.met), text: t('stakes.council') };
    case 'cooperation-suspended-hostile':
      return { mark: plain(c.met), text: t('stakes.cooperation') };
    case 'order-collapse':
      return viewer === null
        ? { mark: plain(c.met), text: t('stakes.collapse', { below: pct(c.below), have: pct(c.have) }) }
        : { mark: 'unknown', text: t('stakes.collapse.fog', { below: pct(c.below) }) };
  }
}

function conditionItem(line: { mark: Mark; text: string }): HTMLLIElement {
  return el('li', {
    className: `td-stakes__cond td-stakes__cond--${line.mark}`,
    children: [
      // The symbol is read as its word ("met", "not met").
      el('span', {
        className: 'td-stakes__mark',
        text: t(`stakes.mark.${line.mark}`),
        attrs: { role: 'img', 'aria-label': t(`stakes.word.${line.mark}`) },
      }),
      ' ',
      line.text,
    ],
  });
}

function outcomeItem(p: OutcomeProgress, viewer: Side | null, showNow: boolean, final: boolean): HTMLLIElement {
  const avoid = p.needs === 'any';
  const title: (Node | string)[] = [el('strong', { text: outcomeTitle(p.outcome) })];
  if (showNow && p.current)
    title.push(' ', el('span', { className: 'td-badge td-stakes__now', text: t(final ? 'stakes.final' : 'stakes.now') }));
  title.push(' ', el('span', { className: 'td-muted', text: t(`stakes.needs.${p.needs}`) }));
  const children: Node[] = [el('p', { className: 'td-stakes__title', children: title })];
  if (p.conditions.length)
    children.push(
      el('ul', { className: 'td-stakes__conds', children: p.conditions.map((c) => conditionItem(conditionLine(c, avoid, viewer))) }),
    );
  return el('li', {
    className: `td-stakes__outcome${showNow && p.current ? ' td-stakes__outcome--now' : ''}`,
    children,
  });
}

/**
 * The outcomes with their conditions, best first. `viewer`: fog of trust (only that side's trust), or null; `final`: the
 * game is over (the current outcome is the outcome).
 */
export function stakesList(sc: CompiledScenario, w: WorldState, viewer: Side | null, final = false): HTMLElement {
  const progress = outcomeProgress(sc, w);
  return el('ul', { className: 'td-stakes__list', children: progress.map((p) => outcomeItem(p, viewer, viewer === null, final)) });
}

/** Whether the turn's stakes panel is open: kept while the page lives, so a player who opened it keeps it open. */
let openOnTurn = false;

/** The turn screen's compact panel: a one-line summary that opens onto every outcome and its conditions. */
export function stakesPanel(sc: CompiledScenario, w: WorldState, side: Side, fog: boolean): HTMLElement {
  const viewer = fog ? side : null;
  const now = outcomeProgress(sc, w).find((p) => p.current);
  const summary = el('summary', {
    text: viewer === null && now ? t('stakes.summary', { outcome: outcomeTitle(now.outcome) }) : t('stakes.summary.fog'),
  });
  const left = sc.labels.length - w.turn - 1;
  const details = el('details', {
    className: 'td-stakes',
    children: [
      summary,
      el('p', { className: 'td-muted', text: left > 0 ? tn('stakes.turnsLeft', left) : t('stakes.lastTurn') }),
      stakesList(sc, w, viewer),
      el('p', { className: 'td-stakes__score', text: tn('stakes.score', w.score[side], { side: sideName(side) }) }),
    ],
  });
  details.open = openOnTurn;
  details.addEventListener('toggle', () => (openOnTurn = details.open));
  const headingId = uid('stakes');
  return el('section', {
    className: 'td-stakes-box',
    attrs: { 'aria-labelledby': headingId },
    children: [el('h2', { className: VISUALLY_HIDDEN, text: t('stakes.heading'), attrs: { id: headingId } }), details],
  });
}
