// The one shell of the page: the running actor of the shell chart, and the reads the screens and panels use.
import { createActor, type SnapshotFrom } from 'xstate';
import type { GameSession } from '../session.js';
import { DEFAULT_SETTINGS, shellMachine, type Settings, type ShellEvent } from './machine.js';
import { isHandover, SCREENS, TURN_STEPS, type Screen, type TurnStep } from './screens.js';

export type ShellSnapshot = SnapshotFrom<typeof shellMachine>;

export const shell = createActor(shellMachine, { input: { settings: DEFAULT_SETTINGS } });
shell.start();

/** Sends the shell an event (scenes: what the player did; the console: what the teacher did). */
export const send = (event: ShellEvent): void => shell.send(event);

/** The screen a snapshot is on. */
export function screenOf(snapshot: ShellSnapshot): Screen {
  const value = (snapshot.value as { screen: string | Record<string, string> }).screen;
  const name = typeof value === 'string' ? value : Object.keys(value)[0];
  return SCREENS.find((s) => s === name) ?? 'boot';
}

/** On the turn screen: who holds the device; null on any other screen. */
export function turnStepOf(snapshot: ShellSnapshot): TurnStep | null {
  const value = (snapshot.value as { screen: string | Record<string, string> }).screen;
  if (typeof value === 'string' || !('turn' in value)) return null;
  return TURN_STEPS.find((s) => s === value.turn) ?? null;
}

export const currentScreen = (): Screen => screenOf(shell.getSnapshot());
export const currentTurnStep = (): TurnStep | null => turnStepOf(shell.getSnapshot());
/** The game in progress, or null. */
export const currentSession = (): GameSession | null => shell.getSnapshot().context.session;
export const currentSettings = (): Settings => shell.getSnapshot().context.settings;
export const isPaused = (snapshot: ShellSnapshot = shell.getSnapshot()): boolean => snapshot.matches({ teacher: 'paused' });

/** The play screen a snapshot is on, as the browser tests' hook names it; null on the other screens. */
export function playScreenOf(snapshot: ShellSnapshot): string | null {
  switch (screenOf(snapshot)) {
    case 'turn':
      return isHandover(turnStepOf(snapshot)) ? 'handover' : 'turn';
    case 'resolution':
      return 'resolution';
    case 'debrief':
      return 'debrief';
    case 'replayViewer':
      return 'replay';
    case 'classBoard':
      return 'class-board';
    default:
      return null;
  }
}

/** Hot-seat: the side whose team holds the device on the turn screen (the one it is handed to on a hand-over), else null. */
export function deviceSideOf(snapshot: ShellSnapshot): 'nato' | 'russia' | null {
  const step = turnStepOf(snapshot);
  if (step === 'handover') return 'russia';
  if (step === 'toNato') return 'nato';
  return step === 'nato' || step === 'russia' ? step : null;
}
