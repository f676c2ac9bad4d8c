// Content mistakes a schema cannot see (issue 14): ids shared between kinds of entries, trust bounds at certainty,
// dates that never happen, a calendar too long to play or share, prerequisite cycles, windows that contradict each
// other, thresholds that can never be reached or that are the wrong way round, and invisible or control characters in
// the text players read. Errors refuse the file; warnings (unreachable thresholds) let it load and are listed by
// `scenarios validate`, which then exits 3.
import { MAX_ID_LENGTH, MAX_TURNS } from './limits.js';
import { formatPath, type PathSegment } from './errors.js';
import type { RawProblem } from './safe-json.js';
import type { ScenarioData } from './schema.js';
import { turnIndex } from './turns.js';

/** The longest calendar: the most turns a game has and a replay carries (limits.ts, shared with the replay format). */
export const CALENDAR_MAX_TURNS = MAX_TURNS;
/** Trust is a probability in basis points; the bounds must keep it away from certainty (0 and 10000). */
const CERTAIN = 10_000;

type Add = (path: PathSegment[], message: string) => void;
const label = (s: string): string => JSON.stringify(s);
const pct = (bp: number): string => `${(bp / 100).toFixed(bp % 100 === 0 ? 0 : 2)} %`;

/** Every content error, in file order; the data has passed the schema. */
export function checkContent(s: ScenarioData): RawProblem[] {
  const out: RawProblem[] = [];
  const add: Add = (path, message) => void out.push({ path, message });
  checkSharedIds(s, add);
  checkIdLengths(s, add);
  checkTrustBounds(s, add);
  checkCalendarLength(s, add);
  checkDates(s, add);
  checkPrerequisites(s, add);
  checkInvertedThresholds(s, add);
  checkDisplayText(s, add);
  return out;
}

/** Every warning: thresholds that no game can reach. */
export function contentWarnings(s: ScenarioData): RawProblem[] {
  const out: RawProblem[] = [];
  const add: Add = (path, message) => void out.push({ path, message });
  checkUnreachable(s, add);
  return out;
}

// ---------------------------------------------------------------- ids

/** Actions, events and sources are cited by id in the log: an id may name one thing only (a project is its action). */
function checkSharedIds(s: ScenarioData, add: Add): void {
  const kinds = { source: 'the source', action: 'the action', event: 'the event' } as const;
  const seen = new Map<string, { kind: keyof typeof kinds; path: PathSegment[] }>();
  const entries: [keyof typeof kinds, PathSegment[], string][] = [
    ...s.sources.map((x, i): [keyof typeof kinds, PathSegment[], string] => ['source', ['sources', i], x.id]),
    ...s.actions.map((x, i): [keyof typeof kinds, PathSegment[], string] => ['action', ['actions', i], x.id]),
    ...s.events.scheduled.map((x, i): [keyof typeof kinds, PathSegment[], string] => ['event', ['events', 'scheduled', i], x.id]),
    ...s.events.random.map((x, i): [keyof typeof kinds, PathSegment[], string] => ['event', ['events', 'random', i], x.id]),
  ];
  for (const [kind, path, id] of entries) {
    const first = seen.get(id);
    if (!first) seen.set(id, { kind, path });
    // Two entries of one kind with one id are reported by the uniqueness check of that kind.
    else if (first.kind !== kind)
      add(
        [...path, 'id'],
        `the id ${label(id)} is already the id of ${kinds[first.kind]} at ${formatPath(first.path)}; actions, events and sources each need an id of their own`,
      );
  }
}

/** The ids a game's record carries (the scenario's, its actions', its events') fit in a replay (limits.ts). */
function checkIdLengths(s: ScenarioData, add: Add): void {
  const ids: [PathSegment[], string][] = [
    [['id'], s.id],
    ...s.actions.map((x, i): [PathSegment[], string] => [['actions', i, 'id'], x.id]),
    ...s.events.scheduled.map((x, i): [PathSegment[], string] => [['events', 'scheduled', i, 'id'], x.id]),
    ...s.events.random.map((x, i): [PathSegment[], string] => [['events', 'random', i, 'id'], x.id]),
  ];
  for (const [path, id] of ids) {
    if (id.length > MAX_ID_LENGTH)
      add(path, `is ${id.length} characters; an id has at most ${MAX_ID_LENGTH}, the longest a replay carries (found ${label(id)})`);
  }
}

// ---------------------------------------------------------------- trust and calendar

function checkTrustBounds(s: ScenarioData, add: Add): void {
  const [low, high] = s.model.trustBounds;
  if (low <= 0)
    add(['model', 'trustBounds', 0], `must be above 0: at 0 % trust is certainty, and no evidence could ever move it again (found ${low})`);
  if (high >= CERTAIN)
    add(
      ['model', 'trustBounds', 1],
      `must be below ${CERTAIN}: at 100 % trust is certainty, and no evidence could ever move it again (found ${high})`,
    );
}

function checkCalendarLength(s: ScenarioData, add: Add): void {
  const turns = turnIndex(s.calendar.end) - turnIndex(s.calendar.start) + 1;
  if (turns > CALENDAR_MAX_TURNS)
    add(
      ['calendar', 'end'],
      `the calendar from ${s.calendar.start} has ${turns} half-years; at most ${CALENDAR_MAX_TURNS} are allowed (found ${label(s.calendar.end)})`,
    );
}

/** Dates the calendar check of semantic.ts does not cover: random-event windows and the sites' dates. */
function checkDates(s: ScenarioData, add: Add): void {
  const start = turnIndex(s.calendar.start);
  const end = turnIndex(s.calendar.end);
  if (start > end) return;
  s.events.random.forEach((e, i) => {
    const at: PathSegment[] = ['events', 'random', i];
    // A window may run past either end of the calendar (an event table shared between scenarios); one that misses it is a mistake.
    if (e.from && turnIndex(e.from) > end)
      add([...at, 'from'], `is after the calendar's end ${s.calendar.end}, so the event can never happen (found ${label(e.from)})`);
    if (e.until && turnIndex(e.until) < start)
      add([...at, 'until'], `is before the calendar's start ${s.calendar.start}, so the event can never happen (found ${label(e.until)})`);
  });
  const md = s.flashpoints.md;
  if (md)
    for (const site of ['romania', 'poland'] as const) {
      const liveAt = md.sites[site].liveAt;
      // After the end is a real case (a site due after the lesson's years); before the start is a date that never comes.
      if (turnIndex(liveAt) < start)
        add(
          ['flashpoints', 'md', 'sites', site, 'liveAt'],
          `must not be before the calendar's start ${s.calendar.start}: the game never reaches that date (found ${label(liveAt)})`,
        );
    }
  // Two requirements of one action that no turn satisfies together.
  s.actions.forEach((a, i) => {
    let notBefore: { at: number; label: string; j: number } | undefined;
    (a.requires ?? []).forEach((r, j) => {
      if ('notBefore' in r && (!notBefore || turnIndex(r.notBefore) > notBefore.at))
        notBefore = { at: turnIndex(r.notBefore), label: r.notBefore, j };
    });
    if (!notBefore) return;
    const from = notBefore;
    (a.requires ?? []).forEach((r, j) => {
      if ('notAfter' in r && turnIndex(r.notAfter) < from.at)
        add(
          ['actions', i, 'requires', j, 'notAfter'],
          `is before the action's notBefore ${from.label} (at ${formatPath(['actions', i, 'requires', from.j])}), so the action can never be taken (found ${label(r.notAfter)})`,
        );
    });
  });
}

// ---------------------------------------------------------------- prerequisites

/**
 * Projects wait for each other through their actions' requirements. Every project starts idle and leaves idle only when
 * its own action is taken, so a requirement that excludes "idle" is a prerequisite; a cycle of them, or a project that
 * requires itself, can never start.
 */
function checkPrerequisites(s: ScenarioData, add: Add): void {
  const projects = new Set(s.projects.map((p) => p.id));
  const needs = new Map<string, { on: string; states: readonly string[]; path: PathSegment[] }[]>();
  s.actions.forEach((a, i) => {
    if (!projects.has(a.id)) return;
    (a.requires ?? []).forEach((r, j) => {
      if (!('project' in r)) return;
      const path: PathSegment[] = ['actions', i, 'requires', j, 'project'];
      if (r.project === a.id) {
        add(path, `is the action's own project: a project cannot be a prerequisite of itself (found ${label(r.project)})`);
        return;
      }
      if (!projects.has(r.project) || r.in.includes('idle')) return;
      needs.set(a.id, [...(needs.get(a.id) ?? []), { on: r.project, states: r.in, path }]);
    });
  });
  // Depth-first search for cycles, each reported once, at the requirement of its first project in file order.
  const done = new Set<string>();
  const reported = new Set<string>();
  const visit = (id: string, trail: { from: string; on: string; states: readonly string[]; path: PathSegment[] }[]): void => {
    const back = trail.findIndex((e) => e.from === id);
    if (back >= 0) {
      const cycle = trail.slice(back);
      const key = [...cycle.map((e) => e.from)].sort().join(' ');
      if (reported.has(key)) return;
      reported.add(key);
      const steps = cycle.map((e) => `${label(e.from)} needs ${label(e.on)} to be ${e.states.join(' or ')}`).join(', ');
      add(cycle[0]!.path, `is part of a prerequisite cycle: ${steps}; none of them can ever start`);
      return;
    }
    if (done.has(id)) return;
    for (const edge of needs.get(id) ?? []) visit(edge.on, [...trail, { from: id, ...edge }]);
    done.add(id);
  };
  for (const p of s.projects) visit(p.id, []);
}

// ---------------------------------------------------------------- thresholds

function checkInvertedThresholds(s: ScenarioData, add: Add): void {
  const o = s.outcomes;
  if (o.collapseTrust >= o.partnershipTrust)
    add(
      ['outcomes', 'collapseTrust'],
      `must be below outcomes.partnershipTrust (${o.partnershipTrust}): trust that counts as a partnership cannot also count as collapsed (found ${o.collapseTrust})`,
    );
  if (o.securityRoofTrust < o.partnershipTrust)
    add(
      ['outcomes', 'securityRoofTrust'],
      `must not be below outcomes.partnershipTrust (${o.partnershipTrust}): the security roof is the closer relationship (found ${o.securityRoofTrust})`,
    );
  const ukraine = s.flashpoints.ukraine;
  if (ukraine && ukraine.containThresholdWithMechanism > ukraine.containThreshold)
    add(
      ['flashpoints', 'ukraine', 'containThresholdWithMechanism'],
      `must not be above containThreshold (${ukraine.containThreshold}): the consultation mechanism lowers the trust needed to contain the crisis (found ${ukraine.containThresholdWithMechanism})`,
    );
}

/** Thresholds outside what trust can ever be, and counts larger than the scenario's projects. */
function checkUnreachable(s: ScenarioData, add: Add): void {
  const [low, high] = s.model.trustBounds;
  const above = (path: PathSegment[], value: number | undefined, what: string): void => {
    if (value !== undefined && value > high)
      add(path, `can never be reached: trust never rises above model.trustBounds[1] (${high}, ${pct(high)}), so ${what} (found ${value})`);
  };
  const below = (path: PathSegment[], value: number, what: string): void => {
    if (value <= low)
      add(path, `can never be reached: trust never falls below model.trustBounds[0] (${low}, ${pct(low)}), so ${what} (found ${value})`);
  };
  s.projects.forEach((p, i) => above(['projects', i, 'threshold'], p.threshold, `${label(p.id)} can never be launched`));
  const o = s.outcomes;
  above(['outcomes', 'securityRoofTrust'], o.securityRoofTrust, 'no game can end under a security roof');
  above(['outcomes', 'partnershipTrust'], o.partnershipTrust, 'no game can end in a strategic partnership');
  below(['outcomes', 'collapseTrust'], o.collapseTrust, 'trust can never collapse into confrontation');
  const count = s.projects.length;
  const projects = `the scenario has ${count} project${count === 1 ? '' : 's'}`;
  if (o.partnershipDelivered > count)
    add(
      ['outcomes', 'partnershipDelivered'],
      `can never be reached: ${projects}, so no game can end in a strategic partnership (found ${o.partnershipDelivered})`,
    );
  // Selective cooperation counts the projects of the practical area only (Klein's state).
  const area = new Map(s.actions.map((a) => [a.id, a.area]));
  const practical = s.projects.filter((p) => area.get(p.id) === 'practical').length;
  if (o.selectiveProjects > practical)
    add(
      ['outcomes', 'selectiveProjects'],
      `can never be reached: the scenario has ${practical} project${practical === 1 ? '' : 's'} in the practical area, so no game can end in selective cooperation (found ${o.selectiveProjects})`,
    );
  above(['outcomes', 'selectiveTrust'], o.selectiveTrust, 'no game can end in selective cooperation');
  const { md, ukraine, transnistria } = s.flashpoints;
  if (md) {
    above(['flashpoints', 'md', 'jointSystemThreshold'], md.jointSystemThreshold, 'a joint missile defence system can never be agreed');
    above(
      ['flashpoints', 'md', 'politicalGuaranteeTrust'],
      md.politicalGuaranteeTrust,
      'a political guarantee can never stand in for a legal one',
    );
  }
  if (ukraine) {
    above(['flashpoints', 'ukraine', 'containThreshold'], ukraine.containThreshold, 'the Ukraine crisis can never be contained');
    above(
      ['flashpoints', 'ukraine', 'containThresholdWithMechanism'],
      ukraine.containThresholdWithMechanism,
      'the Ukraine crisis can never be contained, even with the consultation mechanism',
    );
    below(['flashpoints', 'ukraine', 'autoEscalateBelow'], ukraine.autoEscalateBelow, 'the crisis can never escalate at once');
  }
  if (transnistria)
    above(['flashpoints', 'transnistria', 'threshold'], transnistria.threshold, 'joint mediation in Transnistria can never start');
  const parties = transnistria?.parties;
  if (parties) {
    // A party that can never consent makes a settlement impossible: a teacher's typo, not a model claim.
    const never = (party: 'chisinau' | 'tiraspol') =>
      add(
        ['flashpoints', 'transnistria', 'parties', party, 'consentChance'],
        `is 0: ${party === 'chisinau' ? 'Chisinau' : 'Tiraspol'} can never consent, so Transnistria can never settle`,
      );
    if (parties.chisinau.consentChance === 0) never('chisinau');
    if (parties.tiraspol.consentChance === 0) never('tiraspol');
  }
}

// ---------------------------------------------------------------- display text

/** Fields shown on one line (titles, names, citations): a line break in them would break lists and tables. */
const SINGLE_LINE = new Set(['title', 'name', 'as', 'cite', 'note', 'file']);

/** What a character is, when it has no place in text a player reads; null when it is fine. */
function unwanted(code: number): string | null {
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f)) return 'a control character';
  if (code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
    return 'a bidirectional control, which changes the order in which the text around it is shown';
  if ((code >= 0x200b && code <= 0x200d) || (code >= 0x2060 && code <= 0x2064) || code === 0xfeff)
    return 'an invisible zero-width character';
  if (code === 0x2028 || code === 0x2029) return 'a line or paragraph separator';
  return null;
}

/** The text around position `at`, quoted, with every unwanted character (line breaks too) written as an escape. */
function excerpt(text: string, at: number): string {
  const from = Math.max(0, at - 24);
  const part = text.slice(from, at + 24);
  const escaped = [...part]
    .map((c) => {
      const code = c.charCodeAt(0);
      return c.length === 1 && (code === 0x0a || unwanted(code) !== null) ? `\\u${code.toString(16).padStart(4, '0')}` : c;
    })
    .join('');
  return `${from > 0 ? '…' : ''}"${escaped.replace(/"/g, '\\"')}"${at + 24 < text.length ? '…' : ''}`;
}

/**
 * Every text of the scenario (ids, labels and enums cannot hold these characters): control characters, bidirectional
 * overrides and zero-width characters are refused, so what a player sees is what the file says; line breaks only
 * where a text has paragraphs.
 */
function checkDisplayText(s: ScenarioData, add: Add): void {
  const visit = (value: unknown, path: PathSegment[]): void => {
    if (typeof value === 'string') {
      const key = path.at(-1);
      for (let i = 0; i < value.length; i++) {
        const code = value.charCodeAt(i);
        if (code === 0x0a && !(typeof key === 'string' && SINGLE_LINE.has(key))) continue;
        const what = code === 0x0a ? 'a line break, but this text is shown on one line' : unwanted(code);
        if (what === null) continue;
        const hex = code.toString(16).toUpperCase().padStart(4, '0');
        add(path, `contains U+${hex} at character ${i + 1}: ${what}; remove it (found ${excerpt(value, i)})`);
        return;
      }
      return;
    }
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) visit(v, [...path, k]);
  };
  visit(s, []);
}
