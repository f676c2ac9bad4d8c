// Hot-seat sessions: hidden choices per side (CHOOSE), refusals, saves that restore the mode, replays of both sides.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { availableActions, verifyReplay, type CompiledScenario, loadAndCompile } from '../../../src/engine/index.js';
import { GameSession, teamName } from '../../../src/ui/session.js';
import { restoreSession, saveProblem } from '../../../src/ui/storage.js';

function scenario(id: string): CompiledScenario {
  const loaded = loadAndCompile(readFileSync(new URL(`../../../scenarios/${id}.json`, import.meta.url), 'utf8'), `${id}.json`);
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return loaded.value;
}

const tutorial = scenario('tutorial');

function hotseat(): GameSession {
  const session = new GameSession({
    scenario: tutorial,
    side: 'nato',
    opponent: 'reciprocator',
    seed: 'hotseat-unit',
    mode: 'hotseat',
    teams: { nato: 'Blue table', russia: 'Red table' },
    fog: true,
    timerSeconds: 60,
  });
  session.begin();
  return session;
}

const firstAvailable = (session: GameSession, side: 'nato' | 'russia'): string[] => {
  const a = availableActions(tutorial, session.context.world, side).find((x) => x.available);
  return a ? [a.id] : [];
};

describe('hot-seat sessions', () => {
  it('takes NATO then Russia, hides the first choice until both chose, then resolves', () => {
    const session = hotseat();
    expect(session.toChoose).toBe('nato');
    expect(session.choose('nato', firstAvailable(session, 'nato'))).toEqual([]);
    expect(session.phase).toBe('choosing');
    expect(session.toChoose).toBe('russia');
    expect(session.context.history).toHaveLength(0);
    expect(session.choose('russia', [])).toEqual([]);
    expect(session.phase).toBe('report');
    expect(session.context.history).toHaveLength(1);
    expect(session.context.history[0]!.actions.russia).toEqual([]);
  });

  it('refuses an unknown action and keeps the side to choose', () => {
    const session = hotseat();
    const refusals = session.choose('nato', ['no.such-action']);
    expect(refusals.length).toBeGreaterThan(0);
    expect(session.toChoose).toBe('nato');
  });

  it('saves and restores the mode, the teams, the fog and the timer; an older save is still single player', () => {
    const session = hotseat();
    session.choose('nato', []);
    session.choose('russia', []);
    const saved = session.save();
    expect(saved).toMatchObject({ mode: 'hotseat', teams: { nato: 'Blue table', russia: 'Red table' }, fog: true, timerSeconds: 60 });
    expect(saveProblem(JSON.parse(JSON.stringify(saved)))).toBeNull();
    const restored = restoreSession(saved, tutorial);
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.value.hotseat).toBe(true);
    expect(restored.value.fog).toBe(true);
    expect(restored.value.teams).toEqual({ nato: 'Blue table', russia: 'Red table' });
    expect(restored.value.config.timerSeconds).toBe(60);
    expect(restored.value.context.history).toHaveLength(1);

    const single = new GameSession({ scenario: tutorial, side: 'russia', opponent: 'hardliner', seed: 's' }).save();
    expect(single).not.toHaveProperty('mode');
    expect(single).not.toHaveProperty('fog');
    const back = restoreSession(single, tutorial);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.hotseat).toBe(false);
    expect(back.value.fog).toBe(false);
  });

  it('refuses damaged hot-seat fields', () => {
    const saved = JSON.parse(JSON.stringify(hotseat().save())) as Record<string, unknown>;
    expect(saveProblem({ ...saved, mode: 'party' })).toBe('unknown play mode');
    expect(saveProblem({ ...saved, teams: { nato: '', russia: 'x' } })).toBe('no team names');
    expect(saveProblem({ ...saved, teams: { nato: 'x'.repeat(41), russia: 'x' } })).toBe('no team names');
    expect(saveProblem({ ...saved, teams: undefined })).toBe('no team names');
    expect(saveProblem({ ...saved, fog: 'yes' })).toBe('bad fog of trust');
    expect(saveProblem({ ...saved, timerSeconds: 45 })).toBe('bad decision timer');
  });

  it("records both sides' actions in the replay, which verifies", () => {
    const session = hotseat();
    for (let turn = 0; session.phase !== 'debrief'; turn++) {
      expect(session.choose('nato', turn % 2 ? firstAvailable(session, 'nato') : [])).toEqual([]);
      expect(session.choose('russia', firstAvailable(session, 'russia'))).toEqual([]);
      session.next();
    }
    const replay = session.replay();
    expect(replay.turns).toHaveLength(tutorial.labels.length);
    expect(replay.turns.some((t) => t.russia.length > 0)).toBe(true);
    expect(verifyReplay(tutorial, replay).ok).toBe(true);
  });

  it('cleans team names and falls back to the defaults', () => {
    expect(teamName('  The   Hawks ', 'nato')).toBe('The Hawks');
    expect(teamName('', 'nato')).toBe('Team NATO');
    expect(teamName('   ', 'russia')).toBe('Team Russia');
    expect(teamName('x'.repeat(60), 'russia')).toHaveLength(40);
  });
});
