// The teacher's console state: the pause and reveal reducer, the console window's view reducer, the PIN rule and the
// notes per turn.
import { describe, expect, test } from 'vitest';
import { gameNotes, noteLines } from '../../../src/ui/console/notes.js';
import type { ConsoleSnapshot } from '../../../src/ui/console/protocol.js';
import { initialTeacher, initialView, teacherReducer, validPin, viewReducer } from '../../../src/ui/console/state.js';

const snap = (paused: boolean): ConsoleSnapshot => ({
  scenario: 'tutorial',
  title: 'Tutorial',
  turnLabel: '2011-H1',
  phase: 'report',
  teams: null,
  fog: true,
  revealed: false,
  paused,
  pending: [],
  events: [],
  notes: [],
  canEnd: true,
  endedEarly: false,
  private: null,
  canInject: true,
  canAnnotate: true,
});

describe('teacher reducer', () => {
  test('pause, resume, reveal and hide; other commands change nothing', () => {
    let s = teacherReducer(initialTeacher, { kind: 'pause' });
    expect(s).toEqual({ paused: true, revealed: false });
    expect(teacherReducer(s, { kind: 'pause' })).toBe(s);
    s = teacherReducer(s, { kind: 'reveal' });
    expect(s).toEqual({ paused: true, revealed: true });
    s = teacherReducer(s, { kind: 'resume' });
    expect(s).toEqual({ paused: false, revealed: true });
    expect(teacherReducer(s, { kind: 'inject', event: 'x' })).toBe(s);
    expect(teacherReducer(s, { kind: 'annotate', text: 'x' })).toBe(s);
    expect(teacherReducer(s, { kind: 'hello' })).toBe(s);
    expect(teacherReducer(s, { kind: 'hide' })).toEqual(initialTeacher);
  });
});

describe('console window view', () => {
  test('locked until the game sends a snapshot (it sends them only to a window that proved the PIN)', () => {
    let v = viewReducer(initialView, { type: 'refused', message: 'That is not the PIN.' });
    expect(v).toEqual({ unlocked: false, snapshot: null, message: 'That is not the PIN.', error: true });
    v = viewReducer(v, { type: 'state', state: snap(false), ack: { ok: true, message: null } });
    expect(v).toMatchObject({ unlocked: true, snapshot: snap(false), message: null, error: false });
    // Unlocked: every snapshot is shown; answers to this window's commands set the message.
    v = viewReducer(v, { type: 'state', state: snap(true), ack: null });
    expect(v.snapshot?.paused).toBe(true);
    v = viewReducer(v, { type: 'state', state: snap(true), ack: { ok: false, message: 'no next turn' } });
    expect(v).toMatchObject({ message: 'no next turn', error: true });
    expect(viewReducer(v, { type: 'lost' }).snapshot).toBeNull();
    // Refused again (the PIN was changed, or a lockout): back to the prompt, the game no longer shown.
    expect(viewReducer(v, { type: 'refused', message: 'Too many wrong PINs' })).toMatchObject({ unlocked: false, snapshot: null });
  });

  test('a PIN is 4 to 8 digits', () => {
    for (const pin of ['1234', '00000000', '987654']) expect(validPin(pin)).toBe(true);
    for (const pin of ['', '123', '123456789', '12a4', ' 1234', '١٢٣٤']) expect(validPin(pin)).toBe(false);
  });
});

describe('notes per turn', () => {
  test('from the turn records and the turn in progress', () => {
    const notes = gameNotes(
      { labels: ['2010-H2', '2011-H1', '2011-H2'] },
      {
        history: [{ label: '2010-H2', annotations: ['first'] }, { label: '2011-H1' }] as never,
        current: { annotations: ['now'] } as never,
        world: { turn: 2 } as never,
      },
    );
    expect(notes).toEqual([
      { label: '2010-H2', notes: ['first'] },
      { label: '2011-H2', notes: ['now'] },
    ]);
    expect(noteLines(notes)).toEqual(['2010-H2: first', '2011-H2: now']);
  });
});
