// The teacher's console protocol: every message from the channel is untrusted; malformed ones are ignored (null).
import { describe, expect, test } from 'vitest';
import {
  commandMessage,
  MESSAGE_TYPE,
  NOTE_MAX,
  parseMessage,
  PROTOCOL_VERSION,
  stateMessage,
  type ConsoleSnapshot,
} from '../../../src/ui/console/protocol.js';

const snapshot: ConsoleSnapshot = {
  scenario: 'tutorial',
  title: 'Tutorial',
  turnLabel: '2010-H2',
  phase: 'choosing-nato',
  teams: { nato: 'Blue table', russia: 'Team Russia' },
  fog: true,
  revealed: false,
  paused: true,
  pending: ['lisbon-summit'],
  events: [{ id: 'lisbon-summit', name: 'The Lisbon summit', text: 'November 2010…', kind: 'scheduled' }],
  notes: [{ label: '2010-H2', notes: ['Ask why NATO passed.'] }],
  canInject: true,
  canAnnotate: true,
};

describe('console protocol', () => {
  test('well-formed commands and states survive a round trip through structured cloning', () => {
    for (const command of [
      { kind: 'hello' },
      { kind: 'pause' },
      { kind: 'resume' },
      { kind: 'reveal' },
      { kind: 'hide' },
      { kind: 'inject', event: 'lisbon-summit' },
      { kind: 'annotate', text: 'A note' },
    ] as const) {
      const message = commandMessage('w1', 3, '1234', command);
      expect(parseMessage(structuredClone(message))).toEqual(message);
    }
    const state = stateMessage(snapshot, { to: 'w1', ok: false, message: 'That is not the PIN.' });
    expect(parseMessage(structuredClone(state))).toEqual(state);
    expect(parseMessage(stateMessage({ ...snapshot, scenario: null, title: null, turnLabel: null, teams: null }))).not.toBeNull();
  });

  test('malformed, foreign or oversized messages are ignored', () => {
    const good = commandMessage('w1', 1, '1234', { kind: 'pause' }) as unknown as Record<string, unknown>;
    const bad: unknown[] = [
      null,
      undefined,
      'pause',
      42,
      [],
      {},
      { ...good, type: 'other' },
      { ...good, v: 2 },
      { ...good, kind: 'shell' },
      { ...good, command: { kind: 'format-disk' } },
      { ...good, command: { kind: 'pause', extra: 1 } },
      { ...good, command: { kind: 'inject' } },
      { ...good, command: { kind: 'inject', event: '' } },
      { ...good, command: { kind: 'inject', event: 'x'.repeat(500) } },
      { ...good, command: { kind: 'annotate', text: '   ' } },
      { ...good, command: { kind: 'annotate', text: 'x'.repeat(NOTE_MAX + 1) } },
      { ...good, command: { kind: 'annotate', text: 7 } },
      { ...good, seq: 1.5 },
      { ...good, pin: 123 },
      { ...good, pin: '123456789' },
      { ...good, from: { toString: 'x' } },
      { ...good, __proto__: { polluted: true }, extra: 'field' },
      { type: MESSAGE_TYPE, v: PROTOCOL_VERSION, kind: 'state', state: { ...snapshot, paused: 'yes' }, ack: null },
      { type: MESSAGE_TYPE, v: PROTOCOL_VERSION, kind: 'state', state: { ...snapshot, events: [{ id: 'x' }] }, ack: null },
      { type: MESSAGE_TYPE, v: PROTOCOL_VERSION, kind: 'state', state: { ...snapshot, notes: 'none' }, ack: null },
      { type: MESSAGE_TYPE, v: PROTOCOL_VERSION, kind: 'state', state: { ...snapshot, pending: new Array(1000).fill('x') }, ack: null },
      { type: MESSAGE_TYPE, v: PROTOCOL_VERSION, kind: 'state', state: { ...snapshot, teams: { nato: 'a' } }, ack: null },
      { type: MESSAGE_TYPE, v: PROTOCOL_VERSION, kind: 'state', state: { ...snapshot, script: '<script>' }, ack: null },
      { type: MESSAGE_TYPE, v: PROTOCOL_VERSION, kind: 'state', state: snapshot, ack: { to: 'w1', ok: 'yes', message: null } },
      { type: MESSAGE_TYPE, v: PROTOCOL_VERSION, kind: 'state', state: snapshot },
    ];
    for (const message of bad) expect(parseMessage(message), JSON.stringify(message)?.slice(0, 120)).toBeNull();
  });

  test('markup in a snapshot stays a string (rendered as text by the panel)', () => {
    const hostile = { ...snapshot, title: '<img src=x onerror=alert(1)>' };
    expect(parseMessage(stateMessage(hostile))).toMatchObject({ state: { title: '<img src=x onerror=alert(1)>' } });
  });
});
