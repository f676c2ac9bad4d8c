// Saves are replays (issue 14): Continue re-simulates a save through the turn kernel and refuses what does not verify.
// Every field of real saves is edited in turn; each edited save is refused with a message or re-simulated into a game
// that saves back to exactly the edited save. Nothing is ever shown from a stored state.
import { describe, expect, it } from 'vitest';
import { availableActions, recordReplay, type CompiledScenario, type Side } from '../../src/engine/index.js';
import { loadShippedScenario } from '../golden/golden-files.js';
import { GameSession, type SavedGame } from '../../src/ui/session.js';
import { readAutosave, restoreAutosave, restoreSession, SAVE_KEYS, writeAutosave } from '../../src/ui/storage.js';

const tutorial = loadShippedScenario('tutorial');
const injectable = [...tutorial.data.events.random, ...tutorial.data.events.scheduled].at(-1)!.id;
const other = injectable; // the tutorial has one event: injected again for a later turn

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
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
    this.items.set(key, value);
  }
}

const firstAvailable = (session: GameSession, side: Side): string[] => {
  const a = availableActions(tutorial, session.context.world, side).find((x) => x.available);
  return a ? [a.id] : [];
};

/** A single-player lesson: turns played, a teacher's injections and notes, stopped on the given screen. */
function lesson(at: 'choosing' | 'report'): GameSession {
  const session = new GameSession({ scenario: tutorial, side: 'russia', opponent: 'reciprocator', seed: 'save-replay', noise: 2500 });
  session.begin();
  session.play(firstAvailable(session, 'russia'));
  expect(session.inject(injectable)).toBeNull();
  expect(session.annotate('Why did NATO read this as hostile?')).toBeNull();
  session.next();
  session.play([]);
  expect(session.annotate('A note on the report.')).toBeNull();
  session.next();
  // The third turn (index 2) opened with the injected event; now something for the turn in progress and after.
  expect(session.inject(other)).toBeNull();
  expect(session.annotate('A note on the turn in progress.')).toBeNull();
  if (at === 'report') session.play(firstAvailable(session, 'russia'));
  expect(session.phase).toBe(at);
  return session;
}

/** A hot-seat game with the NATO team's hidden choice made in the turn in progress. */
function hotseat(): GameSession {
  const session = new GameSession({
    scenario: tutorial,
    side: 'nato',
    opponent: 'reciprocator',
    seed: 'save-replay-hotseat',
    mode: 'hotseat',
    teams: { nato: 'Blue table', russia: 'Red table' },
    fog: true,
    timerSeconds: 60,
  });
  session.begin();
  session.choose('nato', firstAvailable(session, 'nato'));
  session.choose('russia', []);
  session.next();
  expect(session.choose('nato', firstAvailable(session, 'nato'))).toEqual([]);
  return session;
}

function finished(): GameSession {
  const session = new GameSession({ scenario: tutorial, side: 'nato', opponent: 'hardliner', seed: 'save-replay-end' });
  session.begin();
  while (session.phase !== 'debrief') {
    session.play(firstAvailable(session, 'nato'));
    session.next();
  }
  return session;
}

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const SAVES: Record<string, () => GameSession> = {
  'single player, choosing, with injections and notes': () => lesson('choosing'),
  'single player, on a report': () => lesson('report'),
  'hot-seat with a hidden choice': hotseat,
  'a finished game at the debrief': finished,
  'a new game at the briefing': () => {
    const s = new GameSession({ scenario: tutorial, side: 'nato', opponent: 'cooperator', seed: 'fresh' });
    s.actor.send({ type: 'START' });
    return s;
  },
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a JSON value, as a path of keys. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

const get = (root: Json, path: (string | number)[]): Json => path.reduce<Json>((v, k) => (v as Parent)[k]!, root);

type Parent = Record<string | number, Json>;
interface Edit {
  name: string;
  apply: (parent: Parent, key: string | number) => void;
}

/** The edits tried at one place: other values of every type, and for containers, removal and additions. */
function edits(value: Json): Edit[] {
  const set = (name: string, to: Json): Edit => ({ name, apply: (p, k) => void (p[k] = to) });
  const list: Edit[] = [set('null', null), set('"abc"', 'abc'), set('{}', {}), set('[]', []), set('0', 0), set('true', true)];
  list.push({
    name: 'removed',
    apply: (p, k) => {
      if (Array.isArray(p)) p.splice(k as number, 1);
      else delete p[k];
    },
  });
  if (typeof value === 'number') list.push(set('+1', value + 1), set('-1', value - 1), set('1e309', 1e309), set('0.5', value + 0.5));
  if (typeof value === 'string') {
    list.push(set('+x', `${value}x`), set('empty', ''), set('long', value.repeat(50) || 'x'.repeat(200)));
    if (/^[0-9a-f]+$/.test(value)) list.push(set('hex digit changed', `${value[0] === '0' ? '1' : '0'}${value.slice(1)}`));
  }
  if (Array.isArray(value)) list.push(set('duplicated', [...value, ...value]), set('reversed', [...value].reverse()));
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) list.push(set('extra key', { ...value, extra: 1 }));
  return list;
}

interface Tally {
  tried: number;
  refused: number;
  resimulated: number;
}

/** Writes the edited save to storage, reads it back and restores it; checks that it is refused or re-simulated exactly. */
function tryEdited(edited: Json, tally: Tally, what: string): void {
  const store = new MemoryStorage();
  store.setItem(SAVE_KEYS.a, JSON.stringify(edited));
  store.setItem(SAVE_KEYS.current, 'a');
  tally.tried++;
  const read = readAutosave(store);
  if (!read.ok) {
    expect(read.error.message.length, what).toBeGreaterThan(20);
    tally.refused++;
    return;
  }
  const restored = restoreSession(read.value, tutorial);
  if (!restored.ok) {
    expect(restored.error.message.length, what).toBeGreaterThan(20);
    tally.refused++;
    return;
  }
  // Re-simulated: the game shown is the one the rules make from the save, and it saves back to the save itself.
  const session = restored.value;
  expect(plain(session.save()), what).toEqual(edited);
  // The shared replay is the rules' record of the game, with a hot-seat game's team names (issue 12).
  const classroom = session.hotseat ? { teams: session.teams } : {};
  expect(plain(session.replay()), what).toEqual(plain(recordReplay(tutorial, session.context, classroom)));
  for (const side of ['nato', 'russia'] as const) expect(Number.isFinite(session.context.world.trust[side]), what).toBe(true);
  tally.resimulated++;
  session.stop();
}

describe('a save edited field by field', () => {
  const totals: Tally = { tried: 0, refused: 0, resimulated: 0 };

  it.each(Object.keys(SAVES))('%s: every edit is refused or re-simulated, never shown wrong', (name) => {
    const session = SAVES[name]!();
    const save = plain(session.save()) as Json;
    session.stop();
    // The unedited save restores to itself.
    const tally: Tally = { tried: 0, refused: 0, resimulated: 0 };
    tryEdited(save, tally, 'unedited');
    expect(tally.resimulated).toBe(1);
    for (const path of paths(save)) {
      if (path.length === 0) continue;
      const parent = get(save, path.slice(0, -1)) as Parent;
      for (const edit of edits(parent[path.at(-1)!]!)) {
        const copy = structuredClone(save);
        edit.apply(get(copy, path.slice(0, -1)) as Parent, path.at(-1)!);
        tryEdited(copy, tally, `$.${path.join('.')} ${edit.name}`);
      }
    }
    expect(tally.refused).toBeGreaterThan(tally.tried / 2);
    totals.tried += tally.tried;
    totals.refused += tally.refused;
    totals.resimulated += tally.resimulated;
    console.info(`${name}: ${tally.tried} saves tried, ${tally.refused} refused, ${tally.resimulated} re-simulated`);
  });

  it('counts', () => {
    console.info(`all saves: ${totals.tried} tried, ${totals.refused} refused, ${totals.resimulated} re-simulated`);
    expect(totals.tried).toBeGreaterThan(1000);
  });
});

describe('the attacks of issue 14 on saves', () => {
  /** A save as version 1 wrote it: the game's state itself. */
  function version1(session: GameSession): Record<string, unknown> {
    const save = session.save();
    return plain({
      kind: 'trust-deficit-save',
      version: 1,
      scenario: tutorial.id,
      scenarioSha256: save.replay.scenarioSha256,
      side: save.side,
      opponent: save.opponent,
      seed: save.replay.seed,
      noise: null,
      snapshot: session.actor.getPersistedSnapshot(),
    }) as Record<string, unknown>;
  }

  function restoreFrom(value: unknown) {
    const store = new MemoryStorage();
    store.setItem(SAVE_KEYS.a, JSON.stringify(value));
    const read = readAutosave(store);
    if (!read.ok) return read;
    return restoreSession(read.value, tutorial);
  }

  const twoTurns = (): GameSession => {
    const session = new GameSession({ scenario: tutorial, side: 'nato', opponent: 'reciprocator', seed: 'v1' });
    session.begin();
    session.play([]);
    session.next();
    session.play([]);
    session.next();
    return session;
  };

  it('an old save (version 1) is re-simulated from its turns: its stored state is never read', () => {
    const session = twoTurns();
    const old = version1(session) as { snapshot: { context: { world: { trust: unknown; projects: unknown } } } };
    old.snapshot.context.world.trust = { nato: 'abc', russia: 'abc' };
    old.snapshot.context.world.projects = {};
    const restored = restoreFrom(old);
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.value.context.world).toEqual(session.context.world);
    // The turn can be played (a stored `projects: {}` used to throw).
    expect(restored.value.play([])).toEqual([]);
  });

  it('a debrief with an outcome after 2 of 5 turns is refused, in either version', () => {
    const session = twoTurns();
    const old = version1(session) as { snapshot: { value: unknown; status: string; context: { outcome: string } } };
    old.snapshot.value = 'debrief';
    old.snapshot.status = 'done';
    old.snapshot.context.outcome = 'security-roof';
    const refused = restoreFrom(old);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/debrief after 2 of 5 turns/);
    const save = plain(session.save()) as SavedGame;
    save.at.phase = 'debrief';
    const again = restoreFrom(save);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toMatch(/debrief after 2 of 5 turns/);
  });

  it("a teacher's note changed in a save is refused with its turn and field named", () => {
    const save = plain(lesson('report').save()) as SavedGame;
    save.replay.turns[0]!.notes = ['Why did NATO read this as friendly?'];
    const refused = restoreFrom(save);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/\$\.turns\[0\]\.notes: the teacher's notes are not the ones recorded/);
  });

  it("the opponent doctrine's recorded actions must be the doctrine's", () => {
    const save = plain(twoTurns().save()) as SavedGame;
    save.replay.turns[0]!.russia = ['coop.standex'];
    const refused = restoreFrom(save);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/Russia played \[coop\.standex\]; re-simulated/);
  });
});

describe('Continue with a damaged current slot', () => {
  const find = (id: string): Promise<CompiledScenario | null> => Promise.resolve(id === tutorial.id ? tutorial : null);

  it('refuses the slot that does not verify, says why, keeps the one before and offers it', async () => {
    const store = new MemoryStorage();
    const older = lesson('choosing');
    expect(writeAutosave(older.save(), store)).toEqual({ ok: true, value: 'a' });
    older.play([]);
    expect(writeAutosave(older.save(), store)).toEqual({ ok: true, value: 'b' });
    const edited = JSON.parse(store.getItem(SAVE_KEYS.b)!) as SavedGame;
    edited.replay.turns[1]!.hash = '0000000000000000';
    store.setItem(SAVE_KEYS.b, JSON.stringify(edited));
    const keptA = store.getItem(SAVE_KEYS.a);

    const first = await restoreAutosave(find, store);
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.slot).toBe('a');
    expect(first.value.skipped?.message).toMatch(/could not be restored .*the state differs/);
    expect(store.getItem(SAVE_KEYS.a)).toBe(keptA);
    // The pointer now names the good slot: the next autosave replaces the refused one, not the good one.
    expect(store.getItem(SAVE_KEYS.current)).toBe('a');
    const second = await restoreAutosave(find, store);
    expect(second.ok && second.value.skipped).toBeNull();
    if (second.ok) expect(plain(second.value.session.save())).toEqual(JSON.parse(keptA!));
  });

  it('when neither slot verifies, says why and deletes nothing', async () => {
    const store = new MemoryStorage();
    const session = lesson('report');
    writeAutosave(session.save(), store);
    const bad = plain(session.save()) as SavedGame;
    bad.replay.seed = 'another seed';
    store.setItem(SAVE_KEYS.a, JSON.stringify(bad));
    const result = await restoreAutosave(find, store);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('restore-failed');
    expect(store.getItem(SAVE_KEYS.a)).toBe(JSON.stringify(bad));
  });
});
