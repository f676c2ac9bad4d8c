// The teacher's console protocol: every message, on the windows (pairing) and over the port, is untrusted; malformed
// ones are ignored (null).
import { describe, expect, test } from 'vitest';
import {
  challengeMessage,
  commandMessage,
  helloMessage,
  MESSAGE_TYPE,
  noPinMessage,
  NOTE_MAX,
  PAIRING_TYPE,
  pairingMessage,
  parseConsoleMessage,
  parseGameMessage,
  parsePairingMessage,
  proofMessage,
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
  canEnd: true,
  endedEarly: false,
  private: {
    lastLabel: '2010-H2',
    nato: { trust: 55, practical: 60, order: 50, types: { practical: 'partner', order: 'adversary' }, last: ['Pass'], sealed: null },
    russia: { trust: 41, practical: 45, order: 37, types: { practical: 'partner', order: 'partner' }, last: [], sealed: ['Talk'] },
  },
};
const HEX64 = 'ab'.repeat(32);
const challenge = { salt: '0f'.repeat(16), iterations: 150_000, challenge: HEX64, message: null, retryInMs: 0 };

describe('console protocol', () => {
  test('well-formed messages survive a round trip through structured cloning', () => {
    for (const command of [
      { kind: 'pause' },
      { kind: 'resume' },
      { kind: 'reveal' },
      { kind: 'hide' },
      { kind: 'inject', event: 'lisbon-summit' },
      { kind: 'withdraw', event: 'lisbon-summit' },
      { kind: 'annotate', text: 'A note' },
      { kind: 'end' },
    ] as const) {
      const message = commandMessage(3, command);
      expect(parseConsoleMessage(structuredClone(message))).toEqual(message);
    }
    for (const message of [helloMessage(), proofMessage(HEX64, 'cd'.repeat(32), true), proofMessage(HEX64, HEX64, false)])
      expect(parseConsoleMessage(structuredClone(message))).toEqual(message);
    for (const message of [
      stateMessage(snapshot, { ok: false, message: 'Start a game first.' }),
      stateMessage({ ...snapshot, scenario: null, title: null, turnLabel: null, teams: null, private: null }),
      challengeMessage(challenge),
      challengeMessage({ ...challenge, message: 'That is not the PIN.', retryInMs: 5000 }),
      noPinMessage('No PIN has been set.'),
    ])
      expect(parseGameMessage(structuredClone(message))).toEqual(message);
    for (const kind of ['ready', 'port'] as const)
      expect(parsePairingMessage(structuredClone(pairingMessage(kind)))).toEqual(pairingMessage(kind));
  });

  test('no message carries a PIN: a proof is 64 hex digits, and a 4-digit PIN is not one', () => {
    expect(parseConsoleMessage({ ...proofMessage(HEX64, HEX64, true), proof: '2468' })).toBeNull();
    expect(parseConsoleMessage({ ...commandMessage(1, { kind: 'pause' }), pin: '2468' })).toBeNull();
  });

  test('malformed, foreign or oversized messages are ignored', () => {
    const good = commandMessage(1, { kind: 'pause' }) as unknown as Record<string, unknown>;
    const fromConsole: unknown[] = [
      null,
      undefined,
      'pause',
      42,
      [],
      {},
      { ...good, type: 'other' },
      { ...good, v: 1 },
      { ...good, kind: 'shell' },
      { ...good, command: { kind: 'format-disk' } },
      { ...good, command: { kind: 'pause', extra: 1 } },
      { ...good, command: { kind: 'end', now: true } },
      { ...good, command: { kind: 'inject' } },
      { ...good, command: { kind: 'inject', event: '' } },
      { ...good, command: { kind: 'inject', event: 'x'.repeat(500) } },
      { ...good, command: { kind: 'withdraw' } },
      { ...good, command: { kind: 'withdraw', event: '' } },
      { ...good, command: { kind: 'withdraw', event: 'lisbon-summit', all: true } },
      { ...good, command: { kind: 'annotate', text: '   ' } },
      { ...good, command: { kind: 'annotate', text: 'x'.repeat(NOTE_MAX + 1) } },
      { ...good, command: { kind: 'annotate', text: 7 } },
      { ...good, seq: 1.5 },
      { ...good, from: 'w1' },
      { ...good, __proto__: { polluted: true }, extra: 'field' },
      { ...helloMessage(), challenge: HEX64 },
      { ...proofMessage(HEX64, HEX64, true), challenge: 'xyz' },
      { ...proofMessage(HEX64, HEX64, true), proof: HEX64.toUpperCase() },
      { ...proofMessage(HEX64, HEX64, true), proof: `${HEX64}00` },
      { ...proofMessage(HEX64, HEX64, true), typed: 'yes' },
      // The game's messages are not the console's.
      stateMessage(snapshot),
      challengeMessage(challenge),
    ];
    for (const message of fromConsole) expect(parseConsoleMessage(message), JSON.stringify(message)?.slice(0, 120)).toBeNull();
    const env = { type: MESSAGE_TYPE, v: PROTOCOL_VERSION };
    const fromGame: unknown[] = [
      null,
      { ...env, kind: 'state', state: { ...snapshot, paused: 'yes' }, ack: null },
      { ...env, kind: 'state', state: { ...snapshot, events: [{ id: 'x' }] }, ack: null },
      { ...env, kind: 'state', state: { ...snapshot, notes: 'none' }, ack: null },
      { ...env, kind: 'state', state: { ...snapshot, pending: new Array(1000).fill('x') }, ack: null },
      { ...env, kind: 'state', state: { ...snapshot, teams: { nato: 'a' } }, ack: null },
      { ...env, kind: 'state', state: { ...snapshot, script: '<script>' }, ack: null },
      { ...env, kind: 'state', state: { ...snapshot, canEnd: 'yes' }, ack: null },
      { ...env, kind: 'state', state: { ...snapshot, private: { lastLabel: null, nato: snapshot.private!.nato } }, ack: null },
      {
        ...env,
        kind: 'state',
        state: { ...snapshot, private: { ...snapshot.private!, nato: { ...snapshot.private!.nato, trust: 101 } } },
        ack: null,
      },
      {
        ...env,
        kind: 'state',
        state: { ...snapshot, private: { ...snapshot.private!, russia: { ...snapshot.private!.russia, last: 'x' } } },
        ack: null,
      },
      { ...env, kind: 'state', state: snapshot, ack: { ok: 'yes', message: null } },
      { ...env, kind: 'state', state: snapshot, ack: { to: 'w1', ok: true, message: null } },
      { ...env, kind: 'state', state: snapshot },
      { ...challengeMessage(challenge), iterations: 1 },
      { ...challengeMessage(challenge), iterations: 1e12 },
      { ...challengeMessage(challenge), salt: 'zz' },
      { ...challengeMessage(challenge), retryInMs: -1 },
      { ...challengeMessage(challenge), pin: '2468' },
      { ...noPinMessage('x'), message: 7 },
      commandMessage(1, { kind: 'pause' }),
    ];
    for (const message of fromGame) expect(parseGameMessage(message), JSON.stringify(message)?.slice(0, 120)).toBeNull();
    for (const message of [
      { type: PAIRING_TYPE, v: PROTOCOL_VERSION, kind: 'steal' },
      { type: PAIRING_TYPE, v: 1, kind: 'ready' },
      { ...pairingMessage('ready'), extra: 1 },
      { type: 'td-console', v: PROTOCOL_VERSION, kind: 'ready' },
      'ready',
    ])
      expect(parsePairingMessage(message)).toBeNull();
  });

  test('markup in a snapshot stays a string (rendered as text by the panel)', () => {
    const hostile = { ...snapshot, title: '<img src=x onerror=alert(1)>' };
    expect(parseGameMessage(stateMessage(hostile))).toMatchObject({ state: { title: '<img src=x onerror=alert(1)>' } });
  });
});
