// Transnistria: 5+2 joint mediation as the first test of partnership (Trenin); several turns of commitment, then a draw.
import { clamp, divRound } from './arith.js';
import { messages } from './messages.js';
import { shortfalls } from './projects.js';
import { applyEffects, bothAtLeast, note, type Step } from './step.js';
import type { PerSide } from './state.js';
import { moveFlashpoint } from './transition.js';

const MEDIATE = 'transnistria.joint-mediation';

export function transnistriaEndOfTurn(step: Step, chosen: PerSide<readonly string[]>): void {
  const params = step.sc.data.flashpoints.transnistria;
  if (!params) return;
  const { s } = step;
  const t = s.transnistria;
  const state = s.flashpoints.transnistria;
  const bothMediate = chosen.nato.includes(MEDIATE) && chosen.russia.includes(MEDIATE);
  if (chosen.russia.includes('transnistria.back-status-quo') && (state === 'mediation' || state === 'stalled')) {
    moveFlashpoint(step, 'transnistria', 'WALKED_OUT', messages.transnistriaState);
    t.commitment = 0;
    t.natoSupport = false;
    return;
  }
  if ((state === 'frozen' || state === 'stalled') && bothMediate) {
    if (bothAtLeast(s, 'order', params.threshold)) {
      moveFlashpoint(step, 'transnistria', 'MEDIATION_STARTED', messages.transnistriaState);
      t.commitment = 0;
    } else {
      note(step, 'deficit', MEDIATE, messages.deficit('Joint mediation', shortfalls(s, 'order', params.threshold).join('; ')));
    }
    return;
  }
  if (state !== 'mediation') return;
  if (chosen.nato.includes('transnistria.support-settlement')) t.natoSupport = true;
  if (bothMediate) t.commitment += 1;
  if (t.commitment < params.turnsToSettle) return;
  const meanTrust = divRound(s.trustBy.nato.order + s.trustBy.russia.order, 2);
  const chance = clamp(divRound(params.settleChanceAtHalfTrust * meanTrust, 5000) + (t.natoSupport ? params.supportBonus : 0), 0, 9500);
  note(step, 'event', MEDIATE, messages.settlementAttempt(chance));
  t.commitment = 0;
  t.natoSupport = false;
  if (step.rng.chance(chance)) {
    moveFlashpoint(step, 'transnistria', 'SETTLED', messages.transnistriaState);
    applyEffects(step, params.settledEffects, { kind: 'flashpoint', id: 'transnistria' }, messages.transnistriaState('settled'));
  } else {
    moveFlashpoint(step, 'transnistria', 'FAILED', messages.transnistriaState);
  }
}
