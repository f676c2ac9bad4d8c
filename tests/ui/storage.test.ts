// Autosave: two slots and a pointer; a failed, interrupted or silently dropped write never loses the last good game.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario, type CompiledScenario, loadAndCompile } from '../../src/engine/index.js';
import { GameSession, type SavedGame } from '../../src/ui/session.js';
import { onSaveHealth, saveHealth, type SaveHealth } from '../../src/ui/save-health.js';
import { readAutosave, restoreSession, saveProblem, SAVE_KEYS, writeAutosave, autosave } from '../../src/ui/storage.js';

function scenario(id: string): CompiledScenario {
  const loaded = loadAndCompile(readFileSync(new URL(`../../scenarios/${id}.json`, import.meta.url), 'utf8'), `${id}.json`);
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return loaded.value;
}

/** An in-memory Storage; `failOn` makes setItem throw for chosen keys, `truncate` makes it silently keep half the text. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  failOn: ((key: string) => Error | null) | null = null;
  truncate = false;
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    const failure = this.failOn?.(key);
    if (failure) throw failure;
    this.items.set(key, this.truncate ? value.slice(0, Math.floor(value.length / 2)) : value);
  }
}

const quota = (): Error => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError', code: 22 });
const security = (): Error => Object.assign(new Error('Access is denied for this document.'), { name: 'SecurityError' });

const tutorial = scenario('tutorial');

function playedSession(turns: number, seed = 'storage-test'): GameSession {
  const session = new GameSession({ scenario: tutorial, side: 'nato', opponent: 'reciprocator', seed });
  session.begin();
  for (let i = 0; i < turns; i++) {
    session.play([]);
    session.next();
  }
  return session;
}

describe('autosave slots', () => {
  it('writes to the slot the pointer does not name, then moves the pointer', () => {
    const store = new MemoryStorage();
    expect(writeAutosave(playedSession(0).save(), store)).toEqual({ ok: true, value: 'a' });
    expect(store.getItem(SAVE_KEYS.current)).toBe('a');
    expect(writeAutosave(playedSession(1).save(), store)).toEqual({ ok: true, value: 'b' });
    expect(writeAutosave(playedSession(2).save(), store)).toEqual({ ok: true, value: 'a' });
    const read = readAutosave(store);
    expect(read.ok && read.value.replay.turns.length).toBe(2);
  });

  it('reports no save on an empty storage', () => {
    const read = readAutosave(new MemoryStorage());
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.kind).toBe('none');
  });

  it.each([
    ['a full storage', quota, 'full'],
    ['a disabled storage', security, 'unavailable'],
    ['any other failure', () => new Error('disk on fire'), 'write-failed'],
  ] as const)('keeps the last good save on %s', (_name, error, kind) => {
    const store = new MemoryStorage();
    const good = playedSession(1).save();
    writeAutosave(good, store);
    store.failOn = (key) => (key === SAVE_KEYS.b ? error() : null);
    const result = writeAutosave(playedSession(2).save(), store);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe(kind);
      expect(result.error.message.length).toBeGreaterThan(20);
    }
    const read = readAutosave(store);
    expect(read.ok && read.value).toEqual(JSON.parse(JSON.stringify(good)));
  });

  it('keeps the last good save when the pointer cannot be switched (interrupted write)', () => {
    const store = new MemoryStorage();
    const good = playedSession(1).save();
    writeAutosave(good, store);
    store.failOn = (key) => (key === SAVE_KEYS.current ? quota() : null);
    expect(writeAutosave(playedSession(2).save(), store).ok).toBe(false);
    const read = readAutosave(store);
    expect(read.ok && read.value).toEqual(JSON.parse(JSON.stringify(good)));
  });

  it('does not switch to a slot that was written wrongly (read back before switching)', () => {
    const store = new MemoryStorage();
    const good = playedSession(1).save();
    writeAutosave(good, store);
    store.truncate = true;
    const result = writeAutosave(playedSession(2).save(), store);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('write-failed');
    expect(store.getItem(SAVE_KEYS.current)).toBe('a');
    store.truncate = false;
    const read = readAutosave(store);
    expect(read.ok && read.value).toEqual(JSON.parse(JSON.stringify(good)));
  });

  it('falls back to the other slot when the current one is corrupted, and says so when both are', () => {
    const store = new MemoryStorage();
    const older = playedSession(1).save();
    writeAutosave(older, store);
    writeAutosave(playedSession(2).save(), store);
    store.setItem(SAVE_KEYS.b, '{"kind":"trust-deficit-save",'); // cut off mid-write
    const read = readAutosave(store);
    expect(read.ok && read.value).toEqual(JSON.parse(JSON.stringify(older)));
    store.setItem(SAVE_KEYS.a, 'not json');
    const broken = readAutosave(store);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error.kind).toBe('corrupted');
  });

  it('never throws when there is no storage at all', () => {
    expect(writeAutosave(playedSession(0).save(), null)).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
    expect(readAutosave(null)).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
    const throwing = new MemoryStorage();
    throwing.getItem = () => {
      throw security();
    };
    expect(readAutosave(throwing)).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
  });

  it('autosaves a session directly', () => {
    const store = new MemoryStorage();
    expect(autosave(playedSession(1), store).ok).toBe(true);
  });
});

describe('save health (the banner that says the game is no longer saved)', () => {
  it('every autosave reports: a failure with its reason and the game, then a success clears it', () => {
    const seen: SaveHealth[] = [];
    const stop = onSaveHealth((health) => seen.push(health));
    try {
      const store = new MemoryStorage();
      const session = playedSession(1);
      store.failOn = quota;
      autosave(session, store);
      autosave(session, null);
      store.failOn = null;
      autosave(session, store);
      expect(seen.map((h) => (h.saving ? 'saving' : h.error.kind))).toEqual(['full', 'unavailable', 'saving']);
      const failed = seen[0]!;
      expect(!failed.saving && failed.session).toBe(session);
      expect(saveHealth()).toEqual({ saving: true });
    } finally {
      stop();
    }
  });
});

describe('restoring a save', () => {
  it('continues exactly where the game was saved', () => {
    const store = new MemoryStorage();
    const original = playedSession(2, 'restore-exact');
    writeAutosave(original.save(), store);
    const read = readAutosave(store);
    if (!read.ok) throw new Error(read.error.message);
    const restored = restoreSession(read.value, tutorial);
    if (!restored.ok) throw new Error(restored.error.message);
    const copy = restored.value;
    expect(copy.phase).toBe(original.phase);
    expect(copy.context).toEqual(original.context);
    for (const session of [original, copy]) {
      session.play([]);
      session.next();
    }
    expect(copy.context).toEqual(original.context);
    expect(copy.replay()).toEqual(original.replay());
  });

  it("keeps the class's debrief answers with the game, and refuses answers saved before the debrief", () => {
    const store = new MemoryStorage();
    const original = playedSession(tutorial.labels.length, 'restore-answers');
    expect(original.phase).toBe('debrief');
    original.setAnswer('feel', 'Tense.');
    original.setAnswer('learned', '   ');
    original.setAnswer('next', 'Swap the roles.');
    const saved = original.save();
    expect(saved.answers).toEqual({ feel: 'Tense.', next: 'Swap the roles.' });
    writeAutosave(saved, store);
    const read = readAutosave(store);
    if (!read.ok) throw new Error(read.error.message);
    const restored = restoreSession(read.value, tutorial);
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.value.answers).toEqual({ feel: 'Tense.', next: 'Swap the roles.' });
    const early = playedSession(1, 'restore-answers-early').save();
    const tooSoon = restoreSession({ ...early, answers: { feel: 'Too soon.' } }, tutorial);
    expect(tooSoon.ok ? '' : tooSoon.error.message).toMatch(/before the debrief/);
    expect(saveProblem({ ...saved, answers: { feel: 'x'.repeat(4001) } })).toMatch(/answers/);
    expect(saveProblem({ ...saved, answers: { other: 'x' } })).toMatch(/answers/);
  });

  it('refuses a save whose scenario is missing or has changed', () => {
    const saved = playedSession(1).save();
    expect(restoreSession(saved, null)).toMatchObject({ ok: false, error: { kind: 'scenario-missing' } });
    expect(restoreSession(saved, scenario('reset-2010'))).toMatchObject({ ok: false, error: { kind: 'scenario-missing' } });
    const changed = compileScenario({ ...tutorial.data, summary: `${tutorial.data.summary} (edited)` });
    expect(restoreSession(saved, changed)).toMatchObject({ ok: false, error: { kind: 'scenario-changed' } });
  });

  it('refuses an unknown doctrine or a damaged game state without throwing', () => {
    const saved = playedSession(1).save();
    expect(restoreSession({ ...saved, opponent: 'nobody' as SavedGame['opponent'] }, tutorial).ok).toBe(false);
    // A stored game state is not part of a save: it is refused, never restored.
    const damaged = { ...saved, snapshot: { status: 'active', value: 'nonsense', context: { world: null } } };
    expect(restoreSession(damaged, tutorial)).toMatchObject({ ok: false, error: { kind: 'corrupted' } });
    const edited = JSON.parse(JSON.stringify(saved)) as SavedGame;
    edited.replay.turns[0]!.hash = '0123456789abcdef';
    expect(restoreSession(edited, tutorial)).toMatchObject({ ok: false, error: { kind: 'restore-failed' } });
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['another kind', { kind: 'other' }],
    ['a future version', { ...{ kind: 'trust-deficit-save', version: 2 } }],
  ])('says why %s is not a save', (_name, value) => {
    expect(saveProblem(value)).toEqual(expect.any(String));
  });

  it('accepts a real save', () => {
    expect(saveProblem(JSON.parse(JSON.stringify(playedSession(1).save())))).toBeNull();
  });
});
