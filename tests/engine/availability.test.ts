// Availability: an unavailable action is refused with its reason, never silently dropped.
import { describe, expect, test } from 'vitest';
import { availableActions, createGame, runGame, startGame } from '../../src/engine/index.js';
import { refusalsFor, unavailableReason } from '../../src/engine/testing.js';
import type { ActionData } from '../../src/scenario/schema.js';
import { miniData, mini, PASS, passes, play, type Turn } from './helpers.js';
import { compileScenario, simulateGame, DOCTRINES, type WorldState } from '../../src/engine/index.js';
import { openActions } from '../../src/engine/availability.js';
import { loadShippedScenario } from '../golden/golden-files.js';

const extra = (id: string, requires: ActionData['requires']): ActionData => ({
  id,
  side: 'both',
  stance: 'neutral',
  area: 'order',
  name: id,
  explanation: id,
  signals: id,
  cost: 0,
  lr: [1, 1],
  ambiguity: 0,
  source: { source: 'test', note: 'test' },
  why: 'test',
  requires,
});

describe('refusals', () => {
  const sc = mini();
  const start = startGame(sc, { seed: 'r' });

  test.each([
    ['nato', 'md.countermeasures', 'it is an action of Russia'],
    ['russia', 'md.offer-joint-system', 'it is an action of NATO'],
    ['nato', 'no.such-action', 'there is no action "no.such-action" in scenario mini'],
    ['russia', 'ukraine.intervene', 'the Ukraine crisis has not broken out'],
    ['both', 'ukraine.mediate', 'the Ukraine crisis has not broken out'],
    ['nato', 'nrc.resume', 'needs the NATO-Russia Council to be suspended (it is open)'],
  ] as const)('%s choosing %s at the start is refused: %s', (side, id, reason) => {
    for (const s of side === 'both' ? (['nato', 'russia'] as const) : [side]) {
      expect(refusalsFor(sc, start, s, [id])).toEqual([{ side: s, action: id, reason }]);
    }
  });

  test('over capital: the action that no longer fits is refused with its cost and the capital left', () => {
    const refusals = refusalsFor(sc, start, 'nato', ['md.legal-guarantee', 'md.offer-joint-system', 'md.share-architecture']);
    expect(refusals).toEqual([{ side: 'nato', action: 'md.share-architecture', reason: 'it costs 1 capital and only 0 is left' }]);
  });

  test('over capital counts only the accepted actions before it', () => {
    const refusals = refusalsFor(sc, start, 'nato', ['md.legal-guarantee', 'enlargement.fast-track-ukraine', 'md.offer-joint-system']);
    expect(refusals).toEqual([{ side: 'nato', action: 'enlargement.fast-track-ukraine', reason: 'it costs 3 capital and only 2 is left' }]);
  });

  test('the same action chosen twice is refused', () => {
    expect(refusalsFor(sc, start, 'russia', ['talk.partnership-pledge', 'talk.partnership-pledge'])).toEqual([
      { side: 'russia', action: 'talk.partnership-pledge', reason: 'it was chosen twice' },
    ]);
  });

  test('a pass (no action) is always legal', () => {
    expect(refusalsFor(sc, start, 'nato', [])).toEqual([]);
  });

  test('the cohesion requirement explains itself', () => {
    const low = mini({ cohesion: 30 });
    expect(refusalsFor(low, startGame(low, { seed: 'c' }), 'nato', ['md.legal-guarantee'])[0]!.reason).toBe(
      'needs alliance cohesion of at least 40 (it is 30): the allies would split',
    );
  });

  test('the site requirement explains itself once the site is committed', () => {
    const ctx = play(sc, [[['md.proceed-romania'], []]]);
    expect(refusalsFor(sc, ctx, 'nato', ['md.proceed-romania'])[0]!.reason).toBe(
      'needs the site at Romania to be planned or paused (it is committed)',
    );
  });

  test('the channel requirement: nrc.suspend needs the Council open', () => {
    const ctx = play(sc, [[[], ['nrc.suspend']]]);
    expect(refusalsFor(sc, ctx, 'nato', ['nrc.suspend'])[0]!.reason).toBe('needs the NATO-Russia Council to be open (it is suspended)');
  });

  test.each([
    ['late', [{ notBefore: '2012-H1' }], 'not before 2012-H1'],
    [
      'needs-standex',
      [{ project: 'coop.standex', in: ['running', 'delivered'] }],
      'needs coop.standex to be running or delivered (it is not started)',
    ],
    ['needs-deadlock', [{ flashpoint: 'md', in: ['deadlock'] }], 'needs the missile defence talks: deadlock (now: talks)'],
    ['needs-poland-live', [{ site: 'poland', in: ['live'] }], 'needs the site at Poland to be live (it is planned)'],
  ] as [string, ActionData['requires'], string][])('requirement %s explains itself: %s', (name, requires, reason) => {
    const id = `test.${name}`;
    const s = compileScenario(miniData({ extraActions: [extra(id, requires)] }));
    const ctx = startGame(s, { seed: 'q' });
    expect(refusalsFor(s, ctx, 'nato', [id])).toEqual([{ side: 'nato', action: id, reason }]);
    expect(unavailableReason(s, ctx.world, 'russia', id)).toBe(reason);
  });

  test('a notAfter requirement holds up to that turn and fails after it', () => {
    const id = 'test.early';
    const s = compileScenario(miniData({ extraActions: [extra(id, [{ notAfter: '2011-H1' }])] }));
    expect(refusalsFor(s, play(s, passes(1)), 'nato', [id])).toEqual([]);
    expect(refusalsFor(s, play(s, passes(2)), 'nato', [id])).toEqual([{ side: 'nato', action: id, reason: 'not after 2011-H1' }]);
  });

  test('a notBefore requirement is met from that turn on', () => {
    const id = 'test.late';
    const s = compileScenario(miniData({ extraActions: [extra(id, [{ notBefore: '2011-H2' }])] }));
    expect(refusalsFor(s, play(s, passes(1)), 'nato', [id])).toHaveLength(1);
    expect(refusalsFor(s, play(s, passes(2)), 'nato', [id])).toEqual([]);
  });

  test.each([
    ['md.offer-joint-system', 'the offer of a joint system already stands'],
    ['md.share-architecture', 'the architecture has already been shared'],
    ['md.adapt-to-threat', 'the system is already matched to the existing threats'],
    ['md.political-guarantee', 'a guarantee has already been given'],
    ['md.legal-guarantee', 'a legally binding guarantee has already been given'],
  ])('%s cannot be repeated once in force: %s', (id, reason) => {
    const ctx = play(sc, [[[id], []]]);
    expect(refusalsFor(sc, ctx, 'nato', [id])).toEqual([{ side: 'nato', action: id, reason }]);
  });

  test('a political guarantee in force does not block the legal one', () => {
    expect(refusalsFor(sc, play(sc, [[['md.political-guarantee'], []]]), 'nato', ['md.legal-guarantee'])).toEqual([]);
  });

  test('a flashpoint action is refused in a scenario without that flashpoint', () => {
    const data = miniData();
    const { transnistria: _, ...rest } = data.flashpoints;
    const s = compileScenario({ ...data, flashpoints: rest });
    expect(refusalsFor(s, startGame(s, { seed: 'f' }), 'nato', ['transnistria.joint-mediation'])[0]!.reason).toBe(
      'scenario mini has no transnistria flashpoint',
    );
  });

  test('a suspended project cannot be chosen, with the reason naming the Council first', () => {
    const ctx = play(sc, [
      [['coop.standex'], ['coop.standex']],
      [[], ['nrc.suspend']],
    ]);
    expect(refusalsFor(sc, ctx, 'nato', ['coop.standex'])[0]!.reason).toBe('the NATO-Russia Council is suspended');
  });

  test('a project suspended by a trust crisis (Council open) says what it waits for', () => {
    const practical = { area: 'practical' as const };
    const s = mini({
      trust: { nato: 5200, russia: 5200 },
      projects: { 'coop.joint-peacekeeping': { threshold: 5000 } },
      actions: { 'md.countermeasures': practical, 'enlargement.pressure-ukraine': practical },
    });
    const ctx = play(s, [
      [['coop.joint-peacekeeping'], ['coop.joint-peacekeeping']],
      [[], ['md.countermeasures', 'enlargement.pressure-ukraine']],
    ]);
    expect(ctx.world.projects['coop.joint-peacekeeping']!.state).toBe('suspended');
    expect(refusalsFor(s, ctx, 'nato', ['coop.joint-peacekeeping'])[0]!.reason).toBe(
      'it is suspended: it resumes when the Council is open, cooperation runs and trust on the common threats is back at 50%',
    );
  });

  test('nothing can be chosen once the game is over', () => {
    const ctx = play(sc, passes(9));
    expect(refusalsFor(sc, ctx, 'nato', ['talk.partnership-pledge'])[0]!.reason).toBe('the game is over');
  });

  test('the suspension surcharge counts against capital while the mechanism runs', () => {
    const spend = ['coop.joint-peacekeeping', 'md.countermeasures', 'enlargement.pressure-ukraine', 'md.reject-proposal'];
    const withMechanism = play(sc, [[['cbm.consultation-mechanism'], ['cbm.consultation-mechanism']]]);
    const without = play(sc, [PASS]);
    // 9 and 10 capital; 7 spent leaves 2 and 3
    expect(refusalsFor(sc, withMechanism, 'russia', [...spend, 'nrc.suspend'])).toEqual([
      { side: 'russia', action: 'nrc.suspend', reason: 'it costs 3 capital and only 2 is left' },
    ]);
    expect(refusalsFor(sc, without, 'russia', [...spend, 'nrc.suspend'])).toEqual([]);
  });

  test('a pause needs a committed site', () => {
    expect(refusalsFor(sc, start, 'nato', ['md.pause-deployment'])[0]!.reason).toBe('no site is committed and not yet live');
    expect(refusalsFor(sc, play(sc, [[['md.proceed-poland'], []]]), 'nato', ['md.pause-deployment'])).toEqual([]);
  });
});

describe('availableActions', () => {
  const sc = mini();

  test('lists every action of the side (its own and both), none of the other side', () => {
    const start = startGame(sc, { seed: 'a' }).world;
    const nato = availableActions(sc, start, 'nato').map((a) => a.id);
    expect(nato).toContain('md.offer-joint-system');
    expect(nato).toContain('coop.standex');
    expect(nato).not.toContain('md.countermeasures');
    const expected = sc.data.actions.filter((a) => a.side !== 'russia').map((a) => a.id);
    expect(nato).toEqual(expected);
  });

  test('each entry says whether it is available, its current cost, and the reason when it is not', () => {
    const start = startGame(sc, { seed: 'a' }).world;
    const list = availableActions(sc, start, 'russia');
    for (const a of list) {
      expect(a.available).toBe(a.reason === null);
      expect(a.cost).toBe(sc.actions.get(a.id)!.cost);
    }
    expect(list.find((a) => a.id === 'ukraine.intervene')).toEqual({
      id: 'ukraine.intervene',
      cost: 3,
      available: false,
      reason: 'the Ukraine crisis has not broken out',
    });
    expect(list.find((a) => a.id === 'nrc.resume')!.reason).toBe('needs the NATO-Russia Council to be suspended (it is open)');
    expect(list.find((a) => a.id === 'md.countermeasures')).toEqual({ id: 'md.countermeasures', cost: 2, available: true, reason: null });
  });

  test('an action that costs more than the whole capital is listed as unavailable, with the reason', () => {
    const poor = compileScenario({ ...miniData(), initial: { ...miniData().initial, capital: { nato: 2, russia: 2 } } });
    const list = availableActions(poor, startGame(poor, { seed: 'p' }).world, 'nato');
    expect(list.find((a) => a.id === 'md.legal-guarantee')).toEqual({
      id: 'md.legal-guarantee',
      cost: 3,
      available: false,
      reason: 'it costs 3 capital and only 2 is left',
    });
  });

  test('the listed cost of nrc.suspend includes the surcharge while the mechanism runs', () => {
    const ctx = play(sc, [[['cbm.consultation-mechanism'], ['cbm.consultation-mechanism']]]);
    expect(availableActions(sc, ctx.world, 'nato').find((a) => a.id === 'nrc.suspend')!.cost).toBe(3);
  });

  test('every available action is accepted alone by refusalsFor, every unavailable one refused with the same reason', () => {
    const ctx = play(sc, [[['md.proceed-romania', 'coop.standex'], ['coop.standex']], PASS, PASS]);
    for (const side of ['nato', 'russia'] as const) {
      for (const a of availableActions(sc, ctx.world, side)) {
        const refusals = refusalsFor(sc, ctx, side, [a.id]);
        expect(refusals.map((r) => r.reason)).toEqual(a.available ? [] : [a.reason]);
      }
    }
  });
});

describe('openActions (what the doctrines choose from)', () => {
  test('is exactly the available entries of availableActions, in order, with the same costs, in every state of many games', () => {
    const shipped = loadShippedScenario('reset-2010');
    const worlds: WorldState[] = [];
    for (const nato of DOCTRINES) {
      for (const seed of ['o1', 'o2']) {
        const onTurn = (game: { world: WorldState }) => worlds.push(game.world);
        simulateGame(shipped, { seed, noise: 3000, doctrines: { nato, russia: 'random' }, onTurn });
      }
    }
    for (const world of worlds) {
      for (const side of ['nato', 'russia'] as const) {
        const open = openActions(shipped, world, side).map(({ id, cost }) => ({ id, cost }));
        const available = availableActions(shipped, world, side, false).filter((a) => a.available);
        expect(open).toEqual(available.map(({ id, cost }) => ({ id, cost })));
      }
    }
  });
});

describe('a refused choice changes nothing', () => {
  test('the game actor keeps the turn open and reports the reasons', () => {
    const sc = mini();
    const actor = createGame(sc, { seed: 'refuse' });
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    const before = actor.getSnapshot().context;
    actor.send({ type: 'PLAY', nato: { actions: ['md.countermeasures'] }, russia: { actions: [] } });
    const after = actor.getSnapshot();
    expect(after.value).toEqual({ turn: 'choosing' });
    expect(after.context.refusals).toEqual([{ side: 'nato', action: 'md.countermeasures', reason: 'it is an action of Russia' }]);
    expect(after.context.world).toEqual(before.world);
    expect(after.context.history).toEqual([]);
    actor.send({ type: 'PLAY', nato: { actions: [] }, russia: { actions: [] } });
    expect(actor.getSnapshot().context.refusals).toEqual([]);
    expect(actor.getSnapshot().context.world.turn).toBe(1);
    actor.stop();
  });

  test('a hot-seat CHOOSE that is refused records the reasons and not the choice', () => {
    const sc = mini();
    const actor = createGame(sc, { seed: 'refuse' });
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'CHOOSE', side: 'russia', actions: ['md.legal-guarantee'] });
    expect(actor.getSnapshot().context.choices).toEqual({ nato: null, russia: null });
    expect(actor.getSnapshot().context.refusals[0]!.reason).toBe('it is an action of NATO');
    actor.stop();
  });

  test('runGame stops at the refused turn and names it', () => {
    const sc = mini();
    const turns: Turn[] = [PASS, [['ukraine.mediate'], []]];
    const result = runGame(sc, { seed: 'x', script: { turns: turns.map(([nato, russia]) => ({ nato: [...nato], russia: [...russia] })) } });
    expect(result).toMatchObject({
      ok: false,
      turn: 2,
      label: '2011-H1',
      refusals: [{ side: 'nato', action: 'ukraine.mediate', reason: 'the Ukraine crisis has not broken out' }],
    });
  });

  test('runGame without script or doctrine for a turn says so', () => {
    const result = runGame(mini(), { seed: 'x', script: { turns: [{ nato: [], russia: [] }] } });
    expect(result.ok).toBe(false);
    // A fact, not a sentence: the CLI words it (tests/cli/script.test.ts).
    if (!result.ok)
      expect({ refusals: result.refusals, unplayed: result.unplayed }).toEqual({
        refusals: [],
        unplayed: { side: 'nato', inScript: false },
      });
  });
});
