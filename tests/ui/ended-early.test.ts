// A game the teacher ended early (issue 12): saved at the debrief with its turns, restored to the debrief, ended early
// again; a save that claims an early end it could not have had is refused; Continue says what it is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAndCompile, type CompiledScenario } from '../../src/engine/index.js';
import { saveSummary } from '../../src/ui/save-summary.js';
import { GameSession, type SavedGame } from '../../src/ui/session.js';
import { restoreSession } from '../../src/ui/storage.js';

function scenario(id: string): CompiledScenario {
  const loaded = loadAndCompile(readFileSync(new URL(`../../scenarios/${id}.json`, import.meta.url), 'utf8'), `${id}.json`);
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return loaded.value;
}

const tutorial = scenario('tutorial');

function endedAfter(turns: number): GameSession {
  const session = new GameSession({
    scenario: tutorial,
    side: 'nato',
    opponent: 'reciprocator',
    seed: 'ended-early',
    mode: 'hotseat',
    teams: { nato: 'Les Faucons', russia: 'Team Ж' },
    fog: true,
  });
  session.begin();
  for (let i = 0; i < turns; i++) {
    session.choose('nato', []);
    session.choose('russia', []);
    session.next();
  }
  expect(session.endNow()).toBeNull();
  return session;
}

describe('a game ended early', () => {
  it('is saved at the debrief and restored there, ended early, with its answers', () => {
    const session = endedAfter(2);
    session.setAnswer('feel', 'Cut short.');
    const saved = JSON.parse(JSON.stringify(session.save())) as SavedGame;
    expect(saved.at).toEqual({ phase: 'debrief', endedEarly: true });
    expect(saved.replay.turns).toHaveLength(2);
    const restored = restoreSession(saved, tutorial);
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.value.phase).toBe('debrief');
    expect(restored.value.endedEarly).toBe(true);
    expect(restored.value.answers).toEqual({ feel: 'Cut short.' });
    expect(restored.value.replay()).toEqual(session.replay());
  });

  it('a save at the debrief before the end without the early end, or with it after every half-year, is refused', () => {
    const saved = JSON.parse(JSON.stringify(endedAfter(2).save())) as SavedGame;
    const notEarly: SavedGame = { ...saved, at: { phase: 'debrief' } };
    expect(restoreSession(notEarly, tutorial).ok).toBe(false);
    const choosing: SavedGame = { ...saved, at: { phase: 'choosing', endedEarly: true } };
    expect(restoreSession(choosing, tutorial).ok).toBe(false);
    const none: SavedGame = { ...saved, replay: { ...saved.replay, turns: [] } };
    expect(restoreSession(none, tutorial).ok).toBe(false);
  });

  it('Continue says the teacher ended it, and after which half-year', () => {
    const saved = endedAfter(2).save();
    expect(saveSummary(saved, { title: 'Tutorial', total: tutorial.labels.length })).toMatch(
      /ended early by the teacher after half-year 2 of 5: the debrief/,
    );
  });
});
