// The meters and states of a world at the end of a turn, as plain data for tables, JSON and exports.
import type { PerSide, WorldState } from '../engine/index.js';

export interface TurnMeters {
  /** Headline trust per side (the mean of its two areas) and the belief per area. */
  trust: PerSide<number>;
  trustBy: PerSide<{ practical: number; order: number }>;
  /** Each side's true hidden type per area (revealed: for the debrief, exports and research). */
  types: WorldState['types'];
  /** Each side's total score by its own type's payoffs. */
  score: PerSide<number>;
  security: PerSide<number>;
  capital: PerSide<number>;
  cohesion: number;
  neighbours: number;
  channels: WorldState['channels'];
  cooperation: WorldState['cooperation'];
  iran: WorldState['iran'];
  flashpoints: Record<string, string>;
  /** The missile defence negotiation: conditions, the guarantee, the gap between the architectures, the sites. */
  md: WorldState['md'];
  /** The eastern allies: their belief about Russia (bp) and their stance. */
  allies: WorldState['allies'];
  /** Kyiv: its leaning (−100 the Customs Union … +100 the Association Agreement), stability, choice, talks and coercion. */
  kyiv: WorldState['kyiv'];
  projects: Record<string, string>;
  /** The engine-played parties to the Transnistria conflict (0..100 each; all 0 when the scenario does not model them). */
  transnistria: { chisinau: WorldState['transnistria']['chisinau']; tiraspol: WorldState['transnistria']['tiraspol'] };
}

/** Keys sorted, so that the output is the same however the world was built or restored. */
export function metersOf(w: WorldState): TurnMeters {
  const projects: Record<string, string> = {};
  for (const id of Object.keys(w.projects).sort()) projects[id] = w.projects[id]!.state;
  const flashpoints: Record<string, string> = {};
  for (const id of Object.keys(w.flashpoints).sort()) flashpoints[id] = w.flashpoints[id as keyof WorldState['flashpoints']];
  return {
    trust: { ...w.trust },
    trustBy: { nato: { ...w.trustBy.nato }, russia: { ...w.trustBy.russia } },
    types: { nato: { ...w.types.nato }, russia: { ...w.types.russia } },
    score: { ...w.score },
    security: { ...w.security },
    capital: { ...w.capital },
    cohesion: w.cohesion,
    neighbours: w.neighbours,
    channels: w.channels,
    cooperation: w.cooperation,
    iran: w.iran,
    flashpoints,
    md: { ...w.md, sites: { ...w.md.sites }, gap: { ...w.md.gap }, delays: { ...w.md.delays } },
    allies: { ...w.allies },
    kyiv: { ...w.kyiv },
    projects,
    transnistria: { chisinau: { ...w.transnistria.chisinau }, tiraspol: { ...w.transnistria.tiraspol } },
  };
}
