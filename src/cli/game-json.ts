// The --json form of a game: one object with the per-turn meters (re-simulated), events, misreadings, reasons and the replay.
import { noteText } from '../analysis/render-log.js';
import { metersOf } from '../analysis/meters.js';
import {
  classifyOutcome,
  recordReplay,
  replayRecord,
  type CompiledScenario,
  type DoctrineId,
  type GameContext,
  type PerSide,
  type TurnRecord,
  SIDES,
} from '../engine/index.js';
import { pct1 } from './outcomes.js';
import { turnStates, type TurnState } from './turn-states.js';

export interface GameMeta {
  doctrines?: Partial<PerSide<DoctrineId>> | undefined;
}

export interface Misreading {
  /** The side that misread the other's action. */
  observer: 'nato' | 'russia';
  action: string;
  text: string;
}

/** Misreadings of a turn: `perceived.nato` is NATO's view of Russia's moves; the note's fact says how it was read. */
export function misreadingsOf(sc: CompiledScenario, record: TurnRecord): Misreading[] {
  const notes = record.notes.filter((n) => n.fact.kind === 'misread');
  const out: Misreading[] = [];
  for (const observer of SIDES) {
    for (const p of record.perceived[observer]) {
      if (!p.misread) continue;
      const note = notes.find((n) => n.id === p.id && n.fact.kind === 'misread' && n.fact.observer === observer);
      out.push({ observer, action: p.id, text: note ? noteText(sc, note) : `${observer} misread ${p.id}` });
    }
  }
  return out;
}

const byArea = (b: { practical: number; order: number }) => ({ practical: pct1(b.practical), order: pct1(b.order) });

const meters = (s: TurnState) => ({
  // The headline per side is the mean of its two areas; trustBy gives both (0–100).
  trust: { nato: pct1(s.trust.nato), russia: pct1(s.trust.russia) },
  trustBy: { nato: byArea(s.trustBy.nato), russia: byArea(s.trustBy.russia) },
  score: { ...s.score },
  types: { nato: { ...s.types.nato }, russia: { ...s.types.russia } },
  security: { ...s.security },
  cohesion: s.cohesion,
  neighbours: s.neighbours,
  channels: s.channels,
  cooperation: s.cooperation,
  iran: s.iran,
  flashpoints: s.flashpoints,
  // The negotiation's state: Russia's conditions, the guarantee (signed, ratified or not), the gap, the sites.
  md: { ...s.md, sites: { ...s.md.sites }, gap: { ...s.md.gap }, delays: { ...s.md.delays } },
  // The actors the engine plays around the two sides.
  actors: { allies: { trust: pct1(s.allies.trust), stance: s.allies.stance }, kyiv: { ...s.kyiv } },
  projects: s.projects,
  // The parties in the 5+2 format: Chisinau's European course and trust in a Russian guarantee, Tiraspol's dependence and reading of Moscow's line.
  transnistria: s.transnistria,
});

/** The outcome-if-ended-now of a turn of a game played without its end states (re-simulated with the log on). */
function classifyAt(sc: CompiledScenario, game: GameContext, i: number) {
  const replayed = replayRecord(sc, recordReplay(sc, game), { upTo: i + 1 });
  return replayed.ok ? classifyOutcome(sc, replayed.game.world) : null;
}

export function gameJson(sc: CompiledScenario, game: GameContext, meta: GameMeta = {}) {
  const states = turnStates(sc, game);
  const w = game.world;
  const projects: Record<string, string> = {};
  for (const id of Object.keys(w.projects).sort()) projects[id] = w.projects[id]!.state;
  return {
    scenario: sc.id,
    seed: game.seed,
    noise: w.noise,
    doctrines: meta.doctrines ?? {},
    outcome: game.outcome,
    final: meters(metersOf(w)),
    turns: game.history.map((record, i) => ({
      label: record.label,
      // The relationship as it would be classified if the game ended after this turn.
      outcome: record.end ? classifyOutcome(sc, record.end) : classifyAt(sc, game, i),
      actions: { nato: record.actions.nato, russia: record.actions.russia },
      moves: record.moves,
      payoff: record.payoff,
      events: record.events,
      ...meters(states[i]!),
      capital: states[i]!.capital,
      misreadings: misreadingsOf(sc, record),
      reasons: record.reasons,
      notes: record.notes.map((n) => noteText(sc, n)),
      hash: record.hash,
    })),
    replay: recordReplay(sc, game),
  };
}

export type GameJson = ReturnType<typeof gameJson>;
