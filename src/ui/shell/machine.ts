// The browser app's shell (xstate 5): which screen is up, who holds the device during a hot-seat turn, the teacher's
// pause, and what the screens share (the game in progress, the settings, the last storage error). Scenes send it
// events and render its state; the navigator (navigator.ts) starts the Phaser scene of each screen it enters.
// Only named guards and actions, so that the chart itself (`shellConfig`) is plain data the model tests can mutate.
import { assign, setup } from 'xstate';
import type { GameSession } from '../session.js';
import { gameTarget, type Position, type Screen } from './screens.js';

export interface Settings {
  reducedMotion: boolean;
  /** Text size multiplier: 1, 1.25 or 1.5. */
  textScale: number;
  /** The address shared links and QR codes start with; empty: the page's own address. */
  linkAddress: string;
}

export interface ShellInput {
  settings: Settings;
}

export const DEFAULT_SETTINGS: Settings = { reducedMotion: false, textScale: 1, linkAddress: '' };

export interface ShellContext {
  /** The game in progress (kept after it ends, for the debrief and the replay viewer's way back). */
  session: GameSession | null;
  settings: Settings;
  /** The last autosave failure's message for the player (null after a good save). */
  lastStorageError: string | null;
  /** The teacher shows both trusts on the shared screen (the fog of trust lifted). */
  revealed: boolean;
  /** What the screen entered last opens with (a replay, a message, "restored"…). */
  data: Record<string, unknown>;
  /** Counts the screens entered: each entry (a screen drawn again included) is one scene start. */
  visit: number;
}

/** The screens a title or a debrief opens with no game involved. */
export type ShellEvent =
  | { type: 'BOOTED'; replayLink?: string | undefined }
  | { type: 'TITLE'; message?: string | undefined }
  | { type: 'NEW_GAME' }
  | { type: 'CLASS_BOARD' }
  | { type: 'ROLE_CARDS' }
  | { type: 'LESSON_KIT' }
  | { type: 'OPEN_REPLAY'; replay: unknown }
  /** Escape in the replay viewer: back to the debrief of the game in progress when it is over, else the title. */
  | { type: 'CLOSE_REPLAY'; at: Position | null }
  /** A new game set up (its briefing next). */
  | { type: 'STARTED'; session: GameSession }
  /** A game taken up where it stands: continued from the autosave, forked from a replay, or a turn screen behind its game. */
  | { type: 'RESUMED'; session: GameSession; at: Position; restored?: boolean }
  /** The briefing read: the first turn. */
  | { type: 'BEGIN'; at: Position }
  /** A team (or the player) confirmed a choice the game accepted. */
  | { type: 'CONFIRMED' }
  /** Hot-seat: the next team typed its initial on the hand-over (Russia's, or NATO's at a fogged half-year's start). */
  | { type: 'READY' }
  /** From a turn's report to the next turn or the debrief. */
  | { type: 'NEXT'; at: Position }
  /** The screen drawn again (the teacher showed or hid both trusts on the report). */
  | { type: 'REDRAW'; data?: Record<string, unknown> }
  /** The teacher ended the game from the console: the play screens give way to the debrief. */
  | { type: 'ENDED' }
  | { type: 'PAUSE' }
  | { type: 'UNPAUSE' }
  | { type: 'REVEAL' }
  | { type: 'HIDE' }
  | { type: 'SETTINGS'; settings: Settings }
  | { type: 'STORAGE_ERROR'; message: string | null };

export type ShellEventType = ShellEvent['type'];

/** What a screen opens with, from the event that opened it. */
function dataOf(event: ShellEvent): Record<string, unknown> {
  switch (event.type) {
    case 'BOOTED':
      return event.replayLink === undefined ? {} : { replayLink: event.replayLink };
    case 'TITLE':
      return event.message === undefined ? {} : { message: event.message };
    case 'OPEN_REPLAY':
      return { replay: event.replay };
    case 'RESUMED':
      return event.restored === true ? { restored: true } : {};
    case 'REDRAW':
      return event.data ?? {};
    default:
      return {};
  }
}

const positionIn = (event: ShellEvent): Position | null => ('at' in event ? event.at : null);

export const shellSetup = setup({
  types: { context: {} as ShellContext, events: {} as ShellEvent, input: {} as ShellInput },
  guards: {
    /** The event's game belongs on `target` (the one rule, screens.ts). */
    leadsTo: ({ event }, params: { target: string }) => {
      const at = positionIn(event);
      return at !== null && gameTarget(at) === params.target;
    },
    /** The game in the event is over. */
    gameOver: ({ event }) => positionIn(event)?.phase === 'debrief',
  },
  actions: {
    entered: assign({ visit: ({ context }) => context.visit + 1, data: ({ event }) => dataOf(event) }),
    /** A new game (set up, continued or forked): the one before it stops, and the fog is as its teams chose it. */
    takeSession: assign(({ context, event }) => {
      if (event.type !== 'STARTED' && event.type !== 'RESUMED') return {};
      if (context.session !== event.session) context.session?.stop();
      return { session: event.session, revealed: false };
    }),
    reveal: assign({ revealed: true }),
    hide: assign({ revealed: false }),
    setSettings: assign({ settings: ({ context, event }) => (event.type === 'SETTINGS' ? event.settings : context.settings) }),
    setStorageError: assign({
      lastStorageError: ({ context, event }) => (event.type === 'STORAGE_ERROR' ? event.message : context.lastStorageError),
    }),
  },
});

/** Where a game goes: each of the one rule's answers, tried in turn (exactly one holds). */
// (Russia's cards included, though the rule never opens a turn on them: a wrong rule would then show, and be caught.)
const GAME_TARGETS = [
  'briefing',
  'turn.single',
  'turn.toNato',
  'turn.nato',
  'turn.handover',
  'turn.russia',
  'resolution',
  'debrief',
] as const;
const toGame = (actions: readonly 'takeSession'[] = []) =>
  GAME_TARGETS.map((target) => ({ guard: { type: 'leadsTo' as const, params: { target } }, target, actions: [...actions] }));

/** Where a screen's event may lead: another screen, or a game's screen as `toGame` names it ('turn.handover'). */
export type ShellTarget = Screen | (typeof GAME_TARGETS)[number];
/** One transition of a screen: a target by name, or one with the chart's named guards and actions. */
type ShellTransition =
  | ShellTarget
  | {
      target: ShellTarget;
      guard?: 'gameOver' | { type: 'leadsTo'; params: { target: ShellTarget } };
      actions?: 'takeSession'[];
      reenter?: boolean;
    };
/** A screen's `on` map: only the shell's events, each to a screen of the shell (a typo in either fails to compile). */
export type ScreenOn = { [E in ShellEventType]?: ShellTransition | ShellTransition[] };

export const screen = (on: ScreenOn = {}) => ({ entry: ['entered' as const], on });

export const shellConfig = {
  id: 'shell',
  type: 'parallel' as const,
  context: ({ input }: { input: ShellInput }): ShellContext => ({
    session: null,
    settings: input.settings,
    lastStorageError: null,
    revealed: false,
    data: {},
    visit: 0,
  }),
  on: {
    SETTINGS: { actions: 'setSettings' as const },
    STORAGE_ERROR: { actions: 'setStorageError' as const },
  },
  states: {
    screen: {
      initial: 'boot' as const,
      states: {
        boot: { on: { BOOTED: 'title' } },
        title: screen({
          NEW_GAME: 'newGame',
          CLASS_BOARD: 'classBoard',
          ROLE_CARDS: 'roleCards',
          LESSON_KIT: 'lessonKit',
          OPEN_REPLAY: 'replayViewer',
          RESUMED: toGame(['takeSession']),
        }),
        newGame: screen({ TITLE: 'title', STARTED: { target: 'briefing', actions: ['takeSession'] } }),
        briefing: screen({ TITLE: 'title', NEW_GAME: 'newGame', BEGIN: toGame(), ENDED: 'debrief' }),
        turn: {
          entry: ['entered' as const],
          on: { TITLE: 'title', ENDED: 'debrief', RESUMED: toGame(['takeSession']) },
          initial: 'single' as const,
          states: {
            single: { on: { CONFIRMED: '#shell.screen.resolution' } },
            toNato: { on: { READY: 'nato' } },
            nato: { on: { CONFIRMED: 'handover' } },
            handover: { on: { READY: 'russia' } },
            russia: { on: { CONFIRMED: '#shell.screen.resolution' } },
          },
        },
        resolution: screen({
          TITLE: 'title',
          ENDED: 'debrief',
          NEXT: toGame(),
          REDRAW: { target: 'resolution', reenter: true },
        }),
        debrief: screen({ TITLE: 'title', NEW_GAME: 'newGame', OPEN_REPLAY: 'replayViewer' }),
        replayViewer: screen({
          TITLE: 'title',
          CLOSE_REPLAY: [{ guard: 'gameOver' as const, target: 'debrief' }, { target: 'title' }],
          RESUMED: toGame(['takeSession']),
        }),
        classBoard: screen({ TITLE: 'title' }),
        roleCards: screen({ TITLE: 'title' }),
        lessonKit: screen({ TITLE: 'title' }),
      },
    },
    teacher: {
      initial: 'running' as const,
      on: { REVEAL: { actions: 'reveal' as const }, HIDE: { actions: 'hide' as const } },
      states: {
        running: { on: { PAUSE: 'paused' } },
        paused: { on: { UNPAUSE: 'running' } },
      },
    },
  },
};

export const shellMachine = shellSetup.createMachine(shellConfig);
