import { describe, expect, it } from 'vitest';
import { decodeReplay, encodeReplay, replayCodeFromLink, type Replay } from '../../src/engine/index.js';
import { base64urlDecode, base64urlEncode } from '../../src/engine/replay-code.js';
import { doctrineReplays, mini, reset2010 } from './helpers.js';

const SAMPLE: Replay = {
  format: 1,
  game: '0.1.0',
  scenario: 'reset-2010',
  scenarioSha256: '0123456789abcdef'.repeat(4),
  seed: 'classroom-7',
  noise: 1500,
  turns: [
    { nato: ['coop.standex', 'talk.partnership-pledge'], russia: ['coop.standex'], hash: '00ff00ff00ff00ff' },
    { nato: [], russia: ['md.countermeasures', 'coop.some-new-project'], hash: 'deadbeefcafef00d' },
  ],
};

describe('encodeReplay / decodeReplay', () => {
  it('round-trips real games exactly (every doctrine pairing, with and without noise)', () => {
    const replays = [...doctrineReplays(mini, ['a', 'b', 'c']), ...doctrineReplays(mini, ['d'], 4000)];
    expect(replays.length).toBeGreaterThanOrEqual(36);
    for (const { name, replay } of replays) {
      const decoded = decodeReplay(encodeReplay(replay));
      expect(decoded, name).toEqual({ ok: true, replay });
    }
  });

  it('round-trips ids outside the stable table, an empty seed, no noise and no turns', () => {
    for (const r of [
      SAMPLE,
      { ...SAMPLE, seed: '', turns: [] },
      (({ noise: _, ...rest }) => rest)(SAMPLE),
      { ...SAMPLE, seed: 'ünïcødé ✓ 🎲' },
    ]) {
      expect(decodeReplay(encodeReplay(r))).toEqual({ ok: true, replay: r });
    }
  });

  it('is stable: version 1 codes never change (frozen table and dictionary)', () => {
    // If this fails, a released code would no longer decode: add a new version instead of changing version 1.
    expect(encodeReplay(SAMPLE)).toMatchInlineSnapshot(
      `"1MWNkBZdpXIiyiDs5BxhuRfn5ubrmd7mZmBj0GRkYmGT-i0LKqPzcVN281HJQugOlPwABI0VniavN7wEjRWeJq83vASNFZ4mrze8BI0VniavN7wD_AP8A_wD_3q2-78r-8A0"`,
    );
  });

  it('refuses to encode an invalid replay', () => {
    expect(() => encodeReplay({ ...SAMPLE, scenarioSha256: 'xyz' })).toThrow(/scenarioSha256/);
    expect(() => encodeReplay({ ...SAMPLE, turns: [{ nato: ['Bad Id'], russia: [], hash: '0'.repeat(16) }] })).toThrow(/turns/);
  });

  it('keeps a full reset-2010 game under 600 characters', () => {
    const sc = reset2010();
    const replays = [...doctrineReplays(sc, ['1', '2', '3', 'classroom']), ...doctrineReplays(sc, ['noisy'], 2500)];
    const lengths = replays.map(({ name, replay }) => ({ name, turns: replay.turns.length, length: encodeReplay(replay).length }));
    // Every pairing of the eight doctrines on five seeds, each a full campaign: never an empty pass.
    expect(lengths).toHaveLength(5 * 64);
    for (const l of lengths) expect(l.turns, l.name).toBe(21);
    for (const l of lengths) expect(l.length, l.name).toBeLessThanOrEqual(600);
    const sorted = [...lengths].sort((a, b) => a.length - b.length);
    const mean = Math.round(lengths.reduce((sum, l) => sum + l.length, 0) / lengths.length);
    console.info(
      `reset-2010 codes (${lengths.length} games of ${sorted[0]!.turns} turns): min ${sorted[0]!.length} (${sorted[0]!.name}), mean ${mean}, max ${sorted.at(-1)!.length} (${sorted.at(-1)!.name})`,
    );
    for (const { replay } of replays) expect(decodeReplay(encodeReplay(replay))).toEqual({ ok: true, replay });
  });
});

describe('replayCodeFromLink', () => {
  it('extracts the code from links and leaves bare codes alone', () => {
    expect(replayCodeFromLink('https://x.org/play#replay=1abc_-')).toBe('1abc_-');
    expect(replayCodeFromLink('  https://x.org/?lang=fr&replay=1abc&x=2 ')).toBe('1abc');
    expect(replayCodeFromLink('https://x.org/#replay=1a%2Db')).toBe('1a-b');
    expect(replayCodeFromLink('https://x.org/#replay=%E0%A4%A')).toBe('%E0%A4%A');
    expect(replayCodeFromLink(' 1abcdef \n')).toBe('1abcdef');
    expect(replayCodeFromLink('')).toBe('');
  });
});

describe('base64url', () => {
  it('round-trips every length and refuses non-canonical text', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      const text = base64urlEncode(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(base64urlDecode(text)).toEqual(bytes);
    }
    expect(base64urlDecode('A')).toBeNull();
    expect(base64urlDecode('AB')).toBeNull(); // low bits set: not what the encoder writes
    expect(base64urlDecode('AA=')).toBeNull();
    expect(base64urlDecode('A+')).toBeNull();
  });
});
