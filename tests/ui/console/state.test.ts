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
  test("locked until the game's answer to this window's hello accepts the PIN", () => {
    let v = viewReducer(initialView, { type: 'try-pin', pin: '4321' });
    expect(v.pin).toBe('4321');
    // Traffic for others (or no answer at all) is ignored while locked.
    expect(viewReducer(v, { type: 'state', state: snap(false), ack: null, me: 'me' })).toBe(v);
    expect(viewReducer(v, { type: 'state', state: snap(false), ack: { to: 'other', ok: true, message: null }, me: 'me' })).toBe(v);
    const wrong = viewReducer(v, {
      type: 'state',
      state: snap(false),
      ack: { to: 'me', ok: false, message: 'That is not the PIN.' },
      me: 'me',
    });
    expect(wrong).toMatchObject({ unlocked: false, pin: '', error: true, message: 'That is not the PIN.', snapshot: null });
    v = viewReducer(v, { type: 'state', state: snap(false), ack: { to: 'me', ok: true, message: null }, me: 'me' });
    expect(v).toMatchObject({ unlocked: true, pin: '4321', snapshot: snap(false) });
    // Unlocked: every snapshot is shown; answers to this window set the message.
    v = viewReducer(v, { type: 'state', state: snap(true), ack: null, me: 'me' });
    expect(v.snapshot?.paused).toBe(true);
    v = viewReducer(v, { type: 'state', state: snap(true), ack: { to: 'me', ok: false, message: 'no next turn' }, me: 'me' });
    expect(v).toMatchObject({ message: 'no next turn', error: true });
    expect(viewReducer(v, { type: 'lost' }).snapshot).toBeNull();
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
