// Turns validated scenario data into lookup tables the engine reads in its hot path.
import type { ActionData, FlashpointKey, ProjectData, ScenarioData } from '../scenario/schema.js';
import { FLASHPOINTS } from '../scenario/vocabulary.js';
import { calendarTurns, turnIndex } from './calendar.js';
import type { PerSide } from './state.js';

export type RandomEventData = ScenarioData['events']['random'][number];
export type ScheduledEventData = ScenarioData['events']['scheduled'][number];
export type EmergentEventData = NonNullable<ScenarioData['events']['emergent']>[number];
/** Any event by id: what a teacher may inject and what an actor fires. */
export type EventData = ScheduledEventData | RandomEventData | EmergentEventData;

/** An action with what its availability reads looked up once: its flashpoint (by id prefix) and its project, if any. */
export interface CompiledAction {
  readonly data: ActionData;
  readonly flashpoint: FlashpointKey | null;
  readonly project: ProjectData | undefined;
}

export interface CompiledScenario {
  readonly data: ScenarioData;
  readonly id: string;
  readonly labels: readonly string[];
  readonly actions: ReadonlyMap<string, ActionData>;
  /** The actions each side may take (its own and the joint ones), in the scenario's order. */
  readonly sideActions: PerSide<readonly CompiledAction[]>;
  readonly projects: ReadonlyMap<string, ProjectData>;
  /** Scheduled events by turn index in the calendar. */
  readonly scheduled: ReadonlyMap<number, readonly ScheduledEventData[]>;
  /** Random events with their windows as calendar indices. */
  readonly random: readonly { event: RandomEventData; from: number; until: number }[];
  /** The flashpoint an action belongs to by its id prefix (`md.`, `ukraine.`…), or null. */
  readonly flashpointOf: ReadonlyMap<string, FlashpointKey | null>;
  /** Every event of the scenario, scheduled, random or emergent, by id: what a teacher may inject. */
  readonly events: ReadonlyMap<string, EventData>;
  /** The calendar index of the turn at whose end Kyiv chooses, or -1 (no Kyiv, or its summit outside the calendar). */
  readonly kyivDecision: number;
  /** "Source: note" strings by action or event id, for the log. */
  readonly citations: ReadonlyMap<string, string>;
  /** Index in the calendar of a label, or -1. */
  indexOf(label: string): number;
  /** Turns from the calendar's start to a label: negative before the start, ≥ the length after the end. */
  offsetOf(label: string): number;
}

const flashpointPrefix = (id: string): FlashpointKey | null => FLASHPOINTS.find((p) => id.startsWith(`${p}.`)) ?? null;

const compiled = new WeakMap<ScenarioData, CompiledScenario>();

export function compileScenario(data: ScenarioData): CompiledScenario {
  const cached = compiled.get(data);
  if (cached) return cached;
  const labels = calendarTurns(data.calendar.start, data.calendar.end);
  const start = turnIndex(data.calendar.start);
  const indexOf = (label: string): number => {
    const i = turnIndex(label) - start;
    return i >= 0 && i < labels.length ? i : -1;
  };
  const sourceNames = new Map(data.sources.map((s) => [s.id, s.cite]));
  const cite = (c: { source: string; note: string }): string => `${sourceNames.get(c.source) ?? c.source}: ${c.note}`;
  const citations = new Map<string, string>();
  for (const a of data.actions) citations.set(a.id, cite(a.source));
  const allEvents: EventData[] = [...data.events.scheduled, ...data.events.random, ...(data.events.emergent ?? [])];
  for (const e of allEvents) citations.set(e.id, cite(e.source));

  const projects = new Map(data.projects.map((p) => [p.id, p]));
  const withLookups = (a: ActionData): CompiledAction => ({ data: a, flashpoint: flashpointPrefix(a.id), project: projects.get(a.id) });
  const scheduled = new Map<number, ScheduledEventData[]>();
  for (const e of data.events.scheduled) {
    const i = indexOf(e.at);
    if (i >= 0) scheduled.set(i, [...(scheduled.get(i) ?? []), e]);
  }
  const result: CompiledScenario = {
    data,
    id: data.id,
    labels,
    actions: new Map(data.actions.map((a) => [a.id, a])),
    sideActions: {
      nato: data.actions.filter((a) => a.side !== 'russia').map(withLookups),
      russia: data.actions.filter((a) => a.side !== 'nato').map(withLookups),
    },
    projects,
    flashpointOf: new Map(data.actions.map((a) => [a.id, flashpointPrefix(a.id)])),
    events: new Map(allEvents.map((e) => [e.id, e])),
    kyivDecision: data.actors?.kyiv ? indexOf(data.actors.kyiv.decisionAt) : -1,
    scheduled,
    random: data.events.random.map((event) => ({
      event,
      from: event.from ? turnIndex(event.from) - start : 0,
      until: event.until ? turnIndex(event.until) - start : labels.length - 1,
    })),
    citations,
    indexOf,
    offsetOf: (label) => turnIndex(label) - start,
  };
  compiled.set(data, result);
  return result;
}
