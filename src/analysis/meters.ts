// The meters and states of a world at the end of a turn, as plain data for tables, JSON and exports.
import type { PerSide, WorldState } from '../engine/index.js';

export interface TurnMeters {
  trust: PerSide<number>;
  security: PerSide<number>;
  capital: PerSide<number>;
  cohesion: number;
  neighbours: number;
  channels: WorldState['channels'];
  flashpoints: Record<string, string>;
  projects: Record<string, string>;
}

/** Keys sorted, so that the output is the same however the world was built or restored. */
export function metersOf(w: WorldState): TurnMeters {
  const projects: Record<string, string> = {};
  for (const id of Object.keys(w.projects).sort()) projects[id] = w.projects[id]!.state;
  const flashpoints: Record<string, string> = {};
  for (const id of Object.keys(w.flashpoints).sort()) flashpoints[id] = w.flashpoints[id as keyof WorldState['flashpoints']];
  return {
    trust: { ...w.trust },
    security: { ...w.security },
    capital: { ...w.capital },
    cohesion: w.cohesion,
    neighbours: w.neighbours,
    channels: w.channels,
    flashpoints,
    projects,
  };
}
