// Checks that need the whole scenario: ids that must match, turns inside the calendar, sides, flashpoints.
import { checkContent, contentWarnings } from './content-rules.js';
import type { PathSegment } from './errors.js';
import { formatPath } from './errors.js';
import type { RawProblem } from './safe-json.js';
import type { ScenarioData } from './schema.js';
import { FLASHPOINT_STATES, flashpointOf, requiredSide } from './stable-ids.js';
import { didYouMean } from './suggest.js';
import { turnIndex } from './turns.js';
import { actionGroup, SIDES, type ActionGroup } from './vocabulary.js';

const FLASHPOINT_NAMES = {
  md: 'missile defence',
  enlargement: 'enlargement',
  ukraine: 'Ukraine crisis',
  transnistria: 'Transnistria',
} as const;
const SIDE_NAMES = { nato: 'NATO', russia: 'Russia', both: 'both sides' } as const;

const q = (s: string): string => JSON.stringify(s);
const list = (xs: readonly string[], max = 8): string =>
  xs.slice(0, max).map(q).join(', ') + (xs.length > max ? `, … (${xs.length} in all)` : '');

/** Every semantic problem, in file order; the data has already passed the schema. */
export function checkSemantics(s: ScenarioData): RawProblem[] {
  const out: RawProblem[] = [];
  const add = (path: PathSegment[], message: string): void => void out.push({ path, message });

  checkUnique(
    s.sources.map((x) => x.id),
    ['sources'],
    'source',
    add,
  );
  checkUnique(
    s.actions.map((x) => x.id),
    ['actions'],
    'action',
    add,
  );
  checkUnique(
    s.projects.map((x) => x.id),
    ['projects'],
    'project',
    add,
  );
  checkEventIds(s, add);
  checkSources(s, add);
  checkCalendar(s, add);
  checkTrust(s, add);
  checkPayoffs(s, add);
  checkReadings(s, add);
  checkActions(s, add);
  checkProjects(s, add);
  checkEvents(s, add);
  checkHistorical(s, add);
  checkAllies(s, add);
  checkKyiv(s, add);
  checkMap(s, add);
  checkAdvisers(s, add);
  out.push(...checkContent(s));
  return out;
}

/** What loads but no game can reach (see content-rules.ts); only for data without semantic errors. */
export const checkWarnings = (s: ScenarioData): RawProblem[] => contentWarnings(s);

type Add = (path: PathSegment[], message: string) => void;

function checkUnique(ids: readonly string[], at: PathSegment[], what: string, add: Add): void {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const prev = first.get(id);
    if (prev === undefined) first.set(id, i);
    else add([...at, i, 'id'], `the ${what} id ${q(id)} is already used at ${formatPath([...at, prev])}`);
  });
}

/** Scheduled and random events share one id space: the log names events by id. */
function checkEventIds(s: ScenarioData, add: Add): void {
  const first = new Map<string, PathSegment[]>();
  const all: [PathSegment[], string][] = [
    ...s.events.scheduled.map((e, i): [PathSegment[], string] => [['events', 'scheduled', i], e.id]),
    ...s.events.random.map((e, i): [PathSegment[], string] => [['events', 'random', i], e.id]),
    ...(s.events.emergent ?? []).map((e, i): [PathSegment[], string] => [['events', 'emergent', i], e.id]),
  ];
  for (const [path, id] of all) {
    const prev = first.get(id);
    if (prev === undefined) first.set(id, path);
    else add([...path, 'id'], `the event id ${q(id)} is already used at ${formatPath(prev)}`);
  }
}

function checkSources(s: ScenarioData, add: Add): void {
  const known = new Set(s.sources.map((x) => x.id));
  const ids = [...known];
  const check = (path: PathSegment[], id: string): void => {
    if (known.has(id)) return;
    const hint = didYouMean(id, ids);
    add([...path, 'source', 'source'], `unknown source ${q(id)} (${hint || `the sources are ${list(ids)}`})`);
  };
  s.actions.forEach((a, i) => check(['actions', i], a.source.source));
  s.events.scheduled.forEach((e, i) => check(['events', 'scheduled', i], e.source.source));
  s.events.random.forEach((e, i) => check(['events', 'random', i], e.source.source));
  (s.events.emergent ?? []).forEach((e, i) => check(['events', 'emergent', i], e.source.source));
  for (const side of SIDES) {
    s.historical[side].forEach((h, i) => check(['historical', side, i], h.source.source));
  }
}

/** A turn label outside the calendar names a turn that never happens. */
function calendarCheck(s: ScenarioData): ((label: string) => string | undefined) | undefined {
  const start = turnIndex(s.calendar.start);
  const end = turnIndex(s.calendar.end);
  if (start > end) return undefined;
  return (label) => {
    const t = turnIndex(label);
    return t < start || t > end ? `must be within the calendar, ${s.calendar.start} to ${s.calendar.end} (found ${q(label)})` : undefined;
  };
}

function checkCalendar(s: ScenarioData, add: Add): void {
  if (turnIndex(s.calendar.start) > turnIndex(s.calendar.end)) {
    add(['calendar', 'end'], `must not be before the start ${s.calendar.start} (found ${q(s.calendar.end)})`);
  }
}

function checkTrust(s: ScenarioData, add: Add): void {
  const [low, high] = s.model.trustBounds;
  if (low >= high) {
    add(['model', 'trustBounds'], `the low bound must be below the high bound (found [${low}, ${high}])`);
    return;
  }
  for (const side of SIDES) {
    for (const area of ['practical', 'order'] as const) {
      const t = s.initial.trust[side][area];
      if (t < low || t > high) add(['initial', 'trust', side, area], `must be within model.trustBounds, ${low} to ${high} (found ${t})`);
      const p = s.types.prior[side][area];
      if (p < low || p > high) add(['types', 'prior', side, area], `must be within model.trustBounds, ${low} to ${high} (found ${p})`);
    }
  }
}

/** The payoffs must make the games the model claims (Kydd): an assurance game for a partner, a prisoner's dilemma for an adversary. */
function checkPayoffs(s: ScenarioData, add: Add): void {
  for (const area of ['practical', 'order'] as const) {
    const p = s.payoffs.partner[area];
    if (!(p.R > p.T && p.T > p.P && p.P > p.S))
      add(
        ['payoffs', 'partner', area],
        `a partner's payoffs must order R > T > P > S, an assurance game (found R ${p.R}, T ${p.T}, P ${p.P}, S ${p.S})`,
      );
    const a = s.payoffs.adversary[area];
    if (!(a.T > a.R && a.R > a.P && a.P > a.S))
      add(
        ['payoffs', 'adversary', area],
        `an adversary's payoffs must order T > R > P > S, a prisoner's dilemma (found R ${a.R}, T ${a.T}, P ${a.P}, S ${a.S})`,
      );
  }
}

/** A misreading applies one of the act's own readings: a hostile one must not be friendly, a benign one not hostile. */
function checkReadings(s: ScenarioData, add: Add): void {
  s.actions.forEach((a, i) => {
    if (a.misread && a.misread.lr[0] > a.misread.lr[1])
      add(['actions', i, 'misread', 'lr'], `a hostile reading cannot raise trust (found [${a.misread.lr.join(', ')}])`);
    if (a.benign && a.benign.lr[0] < a.benign.lr[1])
      add(['actions', i, 'benign', 'lr'], `a benign reading cannot lower trust (found [${a.benign.lr.join(', ')}])`);
    if (a.benign && a.stance === 'cooperative')
      add(['actions', i, 'benign'], 'a cooperative action is never misread as benign: only as hostile');
  });
}

function checkActions(s: ScenarioData, add: Add): void {
  const inCalendar = calendarCheck(s);
  const projectIds = s.projects.map((p) => p.id);
  s.actions.forEach((a, i) => {
    const at: PathSegment[] = ['actions', i];
    const side = requiredSide(a.id);
    if (side && a.side !== side)
      add([...at, 'side'], `must be ${q(side)}: ${a.id} is a fixed identifier of ${SIDE_NAMES[side]} (found ${q(a.side)})`);
    const fp = flashpointOf(a.id);
    if (fp && !s.flashpoints[fp]) {
      add([...at, 'id'], `${q(a.id)} is a ${FLASHPOINT_NAMES[fp]} action, but the scenario has no flashpoints.${fp} section`);
    }
    if (a.id === 'md.joint-data-centre' && !projectIds.includes(a.id)) {
      add([...at, 'id'], `"md.joint-data-centre" is a project: add an entry with this id to projects`);
    }
    if (a.effects?.ukraineCrisis)
      add([...at, 'effects', 'ukraineCrisis'], 'has no effect on an action: only an event can start the Ukraine crisis');
    (a.requires ?? []).forEach((r, j) => {
      const rp: PathSegment[] = [...at, 'requires', j];
      if ('flashpoint' in r) {
        if (!s.flashpoints[r.flashpoint]) add([...rp, 'flashpoint'], `the scenario has no flashpoints.${r.flashpoint} section`);
        const states: readonly string[] = FLASHPOINT_STATES[r.flashpoint];
        r.in.forEach((state, k) => {
          if (states.includes(state)) return;
          const hint = didYouMean(state, states);
          add(
            [...rp, 'in', k],
            `${q(state)} is not a state of the ${FLASHPOINT_NAMES[r.flashpoint]} flashpoint (${hint || `the states are ${list(states)}`})`,
          );
        });
      } else if ('site' in r) {
        if (!s.flashpoints.md) add([...rp, 'site'], 'site requirements need the flashpoints.md section');
      } else if ('project' in r) {
        if (!projectIds.includes(r.project)) {
          const hint = didYouMean(r.project, projectIds);
          add([...rp, 'project'], `unknown project ${q(r.project)} (${hint || 'it must be the id of an entry in projects'})`);
        }
      } else if ('notBefore' in r || 'notAfter' in r) {
        const key = 'notBefore' in r ? 'notBefore' : 'notAfter';
        const label = 'notBefore' in r ? r.notBefore : r.notAfter;
        const msg = inCalendar?.(label);
        if (msg) add([...rp, key], msg);
      }
    });
  });
  if (s.flashpoints.transnistria?.settledEffects.ukraineCrisis) {
    add(
      ['flashpoints', 'transnistria', 'settledEffects', 'ukraineCrisis'],
      'has no effect here: only an event can start the Ukraine crisis',
    );
  }
}

function checkProjects(s: ScenarioData, add: Add): void {
  s.projects.forEach((p, i) => {
    const j = s.actions.findIndex((a) => a.id === p.id);
    const action = s.actions[j];
    if (!action) add(['projects', i, 'id'], `needs an action with the same id ${q(p.id)} and side "both" (there is none)`);
    // A fixed id with the wrong side is already reported at the action.
    else if (action.side !== 'both' && !requiredSide(p.id)) {
      add(
        ['projects', i, 'id'],
        `the action ${q(p.id)} at ${formatPath(['actions', j])} must have side "both" to be a project (found ${q(action.side)})`,
      );
    }
  });
}

function checkEvents(s: ScenarioData, add: Add): void {
  const inCalendar = calendarCheck(s);
  let crisisAt: PathSegment[] | undefined;
  s.events.scheduled.forEach((e, i) => {
    const at: PathSegment[] = ['events', 'scheduled', i];
    const msg = inCalendar?.(e.at);
    if (msg) add([...at, 'at'], msg);
    if (e.effects?.ukraineCrisis) {
      if (!s.flashpoints.ukraine)
        add([...at, 'effects', 'ukraineCrisis'], 'starts the Ukraine crisis, but the scenario has no flashpoints.ukraine section');
      if (crisisAt)
        add(
          [...at, 'effects', 'ukraineCrisis'],
          `only one scheduled event may start the Ukraine crisis (${formatPath(crisisAt)} already does)`,
        );
      else crisisAt = at;
    }
  });
  s.events.random.forEach((e, i) => {
    const at: PathSegment[] = ['events', 'random', i];
    if (e.from && e.until && turnIndex(e.from) > turnIndex(e.until))
      add([...at, 'until'], `must not be before from ${e.from} (found ${q(e.until)})`);
    if (e.effects?.ukraineCrisis && !s.flashpoints.ukraine) {
      add([...at, 'effects', 'ukraineCrisis'], 'starts the Ukraine crisis, but the scenario has no flashpoints.ukraine section');
    }
  });
}

/** The allies weigh NATO's acts: every concession and reassurance they name is an action NATO can take. */
function checkAllies(s: ScenarioData, add: Add): void {
  const allies = s.actors?.allies;
  if (!allies) return;
  const actions = new Map(s.actions.map((a) => [a.id, a]));
  const ids = [...actions.keys()];
  for (const field of ['concessions', 'reassurances'] as const) {
    allies[field].forEach((id, k) => {
      const at: PathSegment[] = ['actors', 'allies', field, k];
      const a = actions.get(id);
      if (!a) {
        const hint = didYouMean(id, ids);
        add(at, `unknown action ${q(id)}${hint ? ` (${hint})` : ''}`);
      } else if (a.side === 'russia') {
        add(at, `${q(id)} is a Russian action: the allies weigh what NATO does`);
      }
    });
  }
  if (allies.alarmedBelow.trust > allies.reassuredFrom.trust || allies.alarmedBelow.neighbours > allies.reassuredFrom.neighbours)
    add(['actors', 'allies', 'alarmedBelow'], 'must not be above reassuredFrom: the allies would be alarmed and reassured at once');
}

/**
 * The map's places are listed once each, the capitals are places of the map, every action pattern names at least one
 * action of the scenario, and every project a marker or the transit route follows is a project of the scenario.
 */
function checkMap(s: ScenarioData, add: Add): void {
  const map = s.map;
  if (!map) return;
  const places = map.places.map((p) => p.id);
  checkUnique(places, ['map', 'places'], 'map place', add);
  for (const side of SIDES) {
    const id = map.capitals[side];
    if (!places.includes(id)) add(['map', 'capitals', side], `${q(id)} is not a place of the map${hintFor(id, places)}`);
  }
  const ids = s.actions.map((a) => a.id);
  map.places.forEach((place, i) =>
    place.actions.forEach((pattern, k) => {
      const prefix = pattern.endsWith('*') ? pattern.slice(0, -1) : null;
      if (prefix !== null ? ids.some((id) => id.startsWith(prefix)) : ids.includes(pattern)) return;
      add(['map', 'places', i, 'actions', k], `${q(pattern)} names no action of the scenario${hintFor(prefix ?? pattern, ids)}`);
    }),
  );
  checkMapProjects(s, add);
}

const hintFor = (id: string, known: readonly string[]): string => {
  const hint = didYouMean(id, known);
  return hint ? ` (${hint})` : '';
};

/** The projects the markers and the transit route follow exist; a marker's `alone` project is one of its own. */
function checkMapProjects(s: ScenarioData, add: Add): void {
  const projects = s.projects.map((p) => p.id);
  const known = (path: PathSegment[], id: string): void => {
    if (!projects.includes(id)) add(path, `${q(id)} is not a project of the scenario${hintFor(id, projects)}`);
  };
  s.map?.places.forEach((place, i) => {
    const m = place.marker;
    const at: PathSegment[] = ['map', 'places', i, 'marker'];
    if (m.shows === 'project' && m.project !== undefined) known([...at, 'project'], m.project);
    if (m.shows !== 'projects') return;
    m.projects.forEach((id, k) => known([...at, 'projects', k], id));
    if (m.alone && !m.projects.includes(m.alone.project))
      add([...at, 'alone', 'project'], `${q(m.alone.project)} is not one of this marker's projects`);
  });
  const transit = s.map?.transit?.project;
  if (transit !== undefined) known(['map', 'transit', 'project'], transit);
}

/**
 * Each side's advisers have distinct ids, cite known sources, and speak only of groups the side has options in: a
 * comment on missile defence in a scenario without it, or on the other side's options, would never be shown.
 */
function checkAdvisers(s: ScenarioData, add: Add): void {
  if (!s.advisers) return;
  const known = new Set(s.sources.map((x) => x.id));
  for (const side of SIDES) {
    const advisers = s.advisers[side];
    checkUnique(
      advisers.map((a) => a.id),
      ['advisers', side],
      'adviser',
      add,
    );
    const groups = new Set(s.actions.filter((a) => a.side === side || a.side === 'both').map(actionGroup));
    advisers.forEach((adviser, i) => {
      for (const [group, line] of Object.entries(adviser.says)) {
        const at: PathSegment[] = ['advisers', side, i, 'says', group];
        if (!groups.has(group as ActionGroup))
          add(at, `${side === 'nato' ? 'NATO' : 'Russia'} has no options in the group ${q(group)} in this scenario`);
        if (!line || known.has(line.source.source)) continue;
        const hint = didYouMean(line.source.source, [...known]);
        add([...at, 'source', 'source'], `unknown source ${q(line.source.source)} (${hint || `the sources are ${list([...known])}`})`);
      }
    });
  }
}

/** Kyiv chooses inside the calendar, is pulled by actions that exist, and its crisis events exist and start the crisis. */
function checkKyiv(s: ScenarioData, add: Add): void {
  const kyiv = s.actors?.kyiv;
  if (!kyiv) {
    s.actions.forEach((a, i) =>
      (a.requires ?? []).forEach((r, k) => {
        if ('kyiv' in r) add(['actions', i, 'requires', k, 'kyiv'], 'needs Kyiv, but the scenario has no actors.kyiv section');
      }),
    );
    return;
  }
  if (!s.flashpoints.ukraine)
    add(['actors', 'kyiv'], 'Kyiv can break into the Ukraine crisis, but the scenario has no flashpoints.ukraine section');
  const msg = calendarCheck(s)?.(kyiv.decisionAt);
  if (msg) add(['actors', 'kyiv', 'decisionAt'], msg);
  const ids = s.actions.map((a) => a.id);
  kyiv.pulls.forEach((p, k) => {
    if (ids.includes(p.action)) return;
    const hint = didYouMean(p.action, ids);
    add(['actors', 'kyiv', 'pulls', k, 'action'], `unknown action ${q(p.action)}${hint ? ` (${hint})` : ''}`);
  });
  if (kyiv.association.min > kyiv.association.max) add(['actors', 'kyiv', 'association', 'min'], 'must not be above max');
  const emergent = new Map((s.events.emergent ?? []).map((e) => [e.id, e]));
  for (const choice of ['association', 'customs-union'] as const) {
    const told = kyiv.choiceEvent[choice];
    if (!emergent.has(told))
      add(
        ['actors', 'kyiv', 'choiceEvent', choice],
        `unknown emergent event ${q(told)} (the events.emergent list names the events an actor fires)`,
      );
    else if (emergent.get(told)?.effects?.ukraineCrisis)
      add(
        ['actors', 'kyiv', 'choiceEvent', choice],
        `the event ${q(told)} starts the Ukraine crisis: the choice only tells of itself (the crisis is crisisEvent's)`,
      );
    const id = kyiv.crisisEvent[choice];
    const event = emergent.get(id);
    if (!event)
      add(
        ['actors', 'kyiv', 'crisisEvent', choice],
        `unknown emergent event ${q(id)} (the events.emergent list names the events an actor fires)`,
      );
    else if (!event.effects?.ukraineCrisis)
      add(['actors', 'kyiv', 'crisisEvent', choice], `the event ${q(id)} does not start the Ukraine crisis (effects.ukraineCrisis)`);
  }
  if (s.events.scheduled.some((e) => e.effects?.ukraineCrisis))
    add(['actors', 'kyiv'], "the Ukraine crisis emerges from Kyiv's choice here: no scheduled event may also start it");
}

function checkHistorical(s: ScenarioData, add: Add): void {
  const inCalendar = calendarCheck(s);
  const actions = new Map(s.actions.map((a) => [a.id, a]));
  const ids = [...actions.keys()];
  for (const side of SIDES) {
    const turns = new Map<string, number>();
    s.historical[side].forEach((h, i) => {
      const at: PathSegment[] = ['historical', side, i];
      const msg = inCalendar?.(h.turn);
      if (msg) add([...at, 'turn'], msg);
      const prev = turns.get(h.turn);
      if (prev === undefined) turns.set(h.turn, i);
      else add([...at, 'turn'], `the turn ${h.turn} is already listed at ${formatPath(['historical', side, prev])}`);
      const seen = new Set<string>();
      h.actions.forEach((id, k) => {
        const a = actions.get(id);
        if (!a) {
          const hint = didYouMean(id, ids);
          add([...at, 'actions', k], `unknown action ${q(id)}${hint ? ` (${hint})` : ''}`);
        } else if (a.side !== side && a.side !== 'both') {
          add([...at, 'actions', k], `${q(id)} is a ${SIDE_NAMES[a.side]} action, so ${SIDE_NAMES[side]}'s record cannot list it`);
        }
        if (seen.has(id)) add([...at, 'actions', k], `${q(id)} is listed twice in the same turn`);
        seen.add(id);
      });
    });
  }
}
