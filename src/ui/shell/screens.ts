// The browser app's screens, the hot-seat hand-over inside the turn, and the one rule of which screen shows a game in
// a given phase. Pure: no DOM, no Phaser, no game object (a game is seen through its Position).
import type { Side } from '../../engine/index.js';
import type { Phase } from '../session.js';

/** Every screen of the app, in the order a game meets them; the shell's top-level states are named from this tuple. */
export const SCREENS = [
  'boot',
  'title',
  'newGame',
  'briefing',
  'turn',
  'resolution',
  'debrief',
  'replayViewer',
  'classBoard',
  'roleCards',
  'lessonKit',
] as const;
export type Screen = (typeof SCREENS)[number];

/**
 * Who holds the device on the turn screen: `single` (one player against a doctrine), or in hot-seat play `toNato`
 * (under fog, a half-year's start: nothing private shown until NATO's team takes the device), `nato` (NATO's team
 * chooses), `handover` (NATO's choice sealed, nothing of it shown, the device passed on), `russia`.
 */
export const TURN_STEPS = ['single', 'toNato', 'nato', 'handover', 'russia'] as const;
export type TurnStep = (typeof TURN_STEPS)[number];

/** A hand-over step: the device passed to a team, nothing private on screen (to Russia's team, or to NATO's under fog). */
export const isHandover = (step: TurnStep | null): boolean => step === 'handover' || step === 'toNato';

/** The teacher's pause, in parallel with the screens. */
export const TEACHER_STATES = ['running', 'paused'] as const;
export type TeacherStep = (typeof TEACHER_STATES)[number];

/** What the shell needs to know of a game to choose its screen. */
export interface Position {
  phase: Phase;
  hotseat: boolean;
  /** Hot-seat: the side to choose now (NATO first), null when not choosing or single player. */
  toChoose: Side | null;
  /** The fog of trust as the teams chose it (each team's screen private), whatever the teacher shows for a moment. */
  fog: boolean;
}

/** A game's position, read from anything that has the four (a GameSession does). */
export const positionOf = (game: Position): Position => ({
  phase: game.phase,
  hotseat: game.hotseat,
  toChoose: game.toChoose,
  fog: game.fog,
});

/** The one rule: the screen that shows a game in a phase (a new, restored or forked game, or the next turn). */
export function screenFor(at: Position): 'briefing' | 'turn' | 'resolution' | 'debrief' {
  switch (at.phase) {
    case 'setup':
    case 'briefing':
      return 'briefing';
    case 'report':
      return 'resolution';
    case 'debrief':
      return 'debrief';
    case 'choosing':
      return 'turn';
  }
}

/**
 * Who takes the device when the turn screen opens: a hot-seat turn where NATO has already chosen opens on the
 * hand-over (the device may still be in NATO's hands); under fog, a turn where NATO is to choose opens on the hand-over
 * to NATO's team (Russia's team has just seen a shared screen, or the title); without fog, on NATO's cards.
 * The teacher's reveal does not change this: it can be lifted at any moment, and a team's screen holds its aim too.
 */
export function turnStepFor(at: Position): TurnStep {
  if (!at.hotseat) return 'single';
  if (at.toChoose === 'russia') return 'handover';
  return at.fog ? 'toNato' : 'nato';
}

/** The Phaser scene key of each screen. */
export const SCENE_KEYS = {
  boot: 'boot',
  title: 'title',
  newGame: 'new-game',
  briefing: 'briefing',
  turn: 'turn',
  resolution: 'resolution',
  debrief: 'debrief',
  replayViewer: 'replay-viewer',
  classBoard: 'class-board',
  roleCards: 'role-cards',
  lessonKit: 'lesson-kit',
} as const satisfies Record<Screen, string>;

/** The state a game is shown in: a screen, or on the turn screen, who takes the device. */
export const gameTarget = (at: Position): string => {
  const screen = screenFor(at);
  return screen === 'turn' ? `turn.${turnStepFor(at)}` : screen;
};
