// Hot-seat (issue 11): each team's own government's aim, its hidden type (Model v2), told on that team's private turn
// screen only; the shared briefing gives both types' payoffs and no team's type.
import { otherSide, type Side } from '../../engine/index.js';
import { el } from '../dom.js';
import { sideName } from '../panels/format.js';
import type { GameSession } from '../session.js';
import { t } from '../strings.js';
import './hotseat.css';

/** "a partner on both issue areas", or "a partner on the common threats and an adversary on the order in Europe". */
export function aimWords(session: GameSession, side: Side): string {
  const { practical, order } = session.context.world.types[side];
  if (practical === order) return t('hotseat.aim.both', { type: t(`debrief.type.${practical}`) });
  return t('debrief.type.split', { practical: t(`debrief.type.${practical}`), order: t(`debrief.type.${order}`) });
}

/**
 * Whether `side`'s team has the device to itself on its turn: Russia's always comes after a hand-over, NATO's only under
 * fog (without it NATO's cards open straight after the shared screens). Not while the teacher shows both trusts, when
 * the class may be looking at this screen.
 */
export const aimPrivate = (session: GameSession, side: Side, revealed: boolean): boolean =>
  session.hotseat && !revealed && (side === 'russia' || session.fog);

/** The note on `side`'s private turn screen (the top of its side column), or null where the other team may be looking. */
export function aimNote(session: GameSession, side: Side, revealed: boolean): HTMLElement | null {
  if (!aimPrivate(session, side, revealed)) return null;
  const text = t('hotseat.aim', { aim: aimWords(session, side), other: sideName(otherSide(side)) });
  return el('p', {
    className: `td-aim td-aim--${side}`,
    children: [el('strong', { text: t('hotseat.aim.label', { team: session.teams[side] }) }), ` ${text}`],
  });
}
