// Writes docs/SOURCES-MAP.md from the shipped scenarios, so the map of sources, events, records and numbers cannot go stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { formatError, loadScenario, type ScenarioData } from '../src/scenario/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${root}docs/SOURCES-MAP.md`;
const CAMPAIGN = 'reset-2010';
const OTHERS = ['missile-defence-clock', 'bucharest-promise', 'transnistria-mediation', 'vilnius-to-minsk', 'tutorial'];

/** The five texts in /work/shared/sources (see its INDEX.md); the public record and the books have no file. */
const FILES: Record<string, string> = {
  'nato-review-uneasy-partners': '000_88d842f7a97a9feb.txt',
  'nato-review-md': '001_91f6b8ea338d4362.txt',
  'rasmussen-2010': '002_3105ddfe96e6a34e.txt',
  'trenin-2010': '003_a3dd4b87aed20ba4.txt',
  'klein-2010': '004_89d1e4af4b1fae23.txt',
};

/**
 * Makes untrusted text safe in a Markdown table cell: HTML's `&`, `<`, `>` become entities, Markdown's own marks
 * (`|` ends a cell; `\`, backticks, `*`, `_`, `[`, `]` start code, emphasis or links) are backslash-escaped, and
 * line breaks become spaces (a break ends the row).
 */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|]/g, (c) => `\\${c}`)
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Reads a scenario through the loader, so a broken file stops the generator with the loader's own errors. */
function load(dir: string, id: string): ScenarioData {
  const file = `${dir}${id}.json`;
  const loaded = loadScenario(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(loaded.errors.map(formatError).join('\n'));
  return loaded.value;
}

// Ids pass the schema's identifier pattern (no backticks), so they are safe inside a code span.
const code = (id: string): string => `\`${id}\``;
const codes = (ids: readonly string[]): string => (ids.length > 0 ? ids.map(code).join(', ') : '—');
const ratio = (r: readonly [number, number]): string => `[${r[0]},${r[1]}]`;
// Scenario content is plain JSON, so its serialisation compares it field by field.
const same = (a: unknown): string => JSON.stringify(a) ?? 'undefined';

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

type Json = string | number | boolean | null | readonly Json[] | { readonly [k: string]: Json };
const isList = (v: unknown): v is readonly Json[] => Array.isArray(v);
const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A section's numbers on one line of table-safe Markdown: nested objects in braces, lists in brackets (no link can
 * form, since every text inside is escaped); reasons and sources are shown apart.
 */
export function compact(value: Json): string {
  if (typeof value === 'string') return escapeCell(value);
  if (typeof value !== 'object' || value === null) return String(value);
  if (isList(value)) return `[${value.map(compact).join(', ')}]`;
  const parts = Object.entries(value).filter(([k]) => k !== 'why' && k !== 'source');
  return `{${parts.map(([k, v]) => `${escapeCell(k)} ${compact(v)}`).join(', ')}}`;
}

interface NumbersRow {
  readonly path: string;
  /** Both already table-safe Markdown. */
  readonly numbers: string;
  readonly why: string;
  /** Against the campaign: what of the section differs (for the other scenarios). */
  readonly differs?: string;
}

/** One row per object with its own `why`; a nested object with a `why` (a site, a failed vote) gets its own row. */
function numberRows(path: string, section: Record<string, Json>): NumbersRow[] {
  const own: [string, Json][] = [];
  const nested: NumbersRow[] = [];
  for (const [k, v] of Object.entries(section)) {
    if (k === 'why' || k === 'source') continue;
    if (isObject(v) && hasWhyInside(v)) nested.push(...numberRowsOrGroup(`${path}.${k}`, v));
    else own.push([k, v]);
  }
  const src = section.source;
  const source =
    isObject(src) && typeof src.source === 'string' && typeof src.note === 'string'
      ? `Source ${code(src.source)}: ${escapeCell(src.note)}`
      : '';
  const why = [typeof section.why === 'string' ? escapeCell(section.why) : '', source].filter(Boolean).join(' ');
  const row = { path, numbers: own.map(([k, v]) => `${escapeCell(k)} ${compact(v)}`).join('; '), why };
  return [row, ...nested];
}

const hasWhyInside = (v: Record<string, Json>): boolean =>
  typeof v.why === 'string' || Object.values(v).some((x) => isObject(x) && hasWhyInside(x));

// A grouping object without a reason of its own (md.sites, transnistria.parties) only holds sections.
const numberRowsOrGroup = (path: string, v: Record<string, Json>): NumbersRow[] =>
  typeof v.why === 'string'
    ? numberRows(path, v)
    : Object.entries(v).flatMap(([k, x]) => (isObject(x) ? numberRows(`${path}.${k}`, x) : []));

/** The sections of numbers a scenario argues: initial state, flashpoints, actors, model, types, payoffs, outcomes. */
function numbersOf(s: ScenarioData): NumbersRow[] {
  const sections: [string, unknown][] = [
    ['initial', s.initial],
    ...Object.entries(s.flashpoints).map(([k, v]): [string, unknown] => [`flashpoints.${k}`, v]),
    ...Object.entries(s.actors ?? {}).map(([k, v]): [string, unknown] => [`actors.${k}`, v]),
    ['model', s.model],
    ['types', s.types],
    ['payoffs', s.payoffs],
    ['outcomes', s.outcomes],
  ];
  return sections.flatMap(([path, v]) => (isObject(v) ? numberRows(path, v) : []));
}

const numbersTable = (rows: readonly NumbersRow[]): string =>
  table(
    ['section', 'numbers', 'why'],
    rows.map((r) => [code(r.path) + (r.differs ? ` (${r.differs})` : ''), r.numbers || '—', r.why || '—']),
  );

const cite = (c: { source: string; note: string }): [string, string] => [code(c.source), escapeCell(c.note)];

/** The actor whose parameters name an emergent event (Kyiv's choice and crisis events), with the field that does. */
function firingActor(s: ScenarioData, eventId: string): string {
  const found: string[] = [];
  const walk = (v: unknown, path: string): void => {
    if (v === eventId) found.push(path);
    else if (isObject(v)) for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(s.actors ?? {}, '');
  return found.length > 0
    ? found
        .map((p) => `actors.${p}`)
        .map(code)
        .join(', ')
    : 'no actor';
}

/** The events of a scenario, each kind under its label: [label, table] pairs, kinds without events left out. */
function eventTables(s: ScenarioData, only?: (id: string) => boolean): [string, string][] {
  const keep = only ?? (() => true);
  const scheduled = s.events.scheduled.filter((e) => keep(e.id));
  const random = s.events.random.filter((e) => keep(e.id));
  const emergent = (s.events.emergent ?? []).filter((e) => keep(e.id));
  const out: [string, string][] = [];
  if (scheduled.length > 0)
    out.push([
      'Scheduled events',
      table(
        ['id', 'turn', 'source', 'what it rests on'],
        scheduled.map((e) => [code(e.id), e.at, ...cite(e.source)]),
      ),
    ]);
  if (random.length > 0)
    out.push([
      'Random events',
      table(
        ['id', 'window', 'source', 'what it rests on'],
        random.map((e) => [code(e.id), `${e.from ?? 'start'} – ${e.until ?? 'end'}${e.once ? ', once' : ''}`, ...cite(e.source)]),
      ),
    ]);
  if (emergent.length > 0)
    out.push([
      'Emergent events',
      table(
        ['id', 'fired by', 'source', 'what it rests on'],
        emergent.map((e) => [code(e.id), firingActor(s, e.id), ...cite(e.source)]),
      ),
    ]);
  return out;
}

/** The record turn by turn; a step with a condition (`when`) is played only if it holds, else the side's fallback. */
function historicalTable(s: ScenarioData): string {
  const turns = [...new Set([...s.historical.nato, ...s.historical.russia].map((h) => h.turn))].sort();
  const side = (entries: ScenarioData['historical']['nato'], turn: string): [string, string] => {
    const at = entries.filter((h) => h.turn === turn);
    const acts = at.map(
      (h) => codes(h.actions) + (h.when ? ` (when ${escapeCell(h.when.map((w) => compact(w as Json)).join(', '))})` : ''),
    );
    return [acts.join('; ') || '—', at.map((h) => `${code(h.source.source)}: ${escapeCell(h.source.note)}`).join(' ') || '—'];
  };
  const rows = turns.map((t) => {
    const [natoActs, natoNote] = side(s.historical.nato, t);
    const [russiaActs, russiaNote] = side(s.historical.russia, t);
    return [t, natoActs, russiaActs, natoNote, russiaNote];
  });
  return table(['turn', 'NATO', 'Russia', "NATO's basis", "Russia's basis"], rows);
}

/** How theory sets the numbers: the prose of the old map, with every number it quotes read from the campaign. */
function theory(s: ScenarioData): string {
  const act = (id: string) => {
    const a = s.actions.find((x) => x.id === id);
    if (!a) throw new Error(`the theory paragraph names ${id}, which ${s.id} no longer has`);
    return a;
  };
  const lr = (id: string) => ratio(act(id).lr);
  const span = (xs: readonly number[]) =>
    Math.min(...xs) === Math.max(...xs) ? `${Math.min(...xs)}` : `${Math.min(...xs)}–${Math.max(...xs)}`;
  const ambiguous = ['ukraine.reassure-allies', 'nato.exercise', 'russia.snap-exercise', 'md.proceed-romania', 'md.proceed-poland'].map(
    act,
  );
  const misreads = [...new Set(ambiguous.map((a) => (a.misread ? ratio(a.misread.lr) : 'none')))].join(' or ');
  const hostile = s.actions.filter((a) => a.stance === 'competitive');
  const cooperative = s.actions.filter((a) => a.stance === 'cooperative');
  const yields = s.projects.map((p) => p.yieldLr).sort((a, b) => a[0] / a[1] - b[0] / b[1]);
  const weakest = yields[0];
  const strongest = yields[yields.length - 1];
  const robust = s.projects.filter((p) => p.robust);
  const fragile = s.projects.filter((p) => !p.robust);
  return [
    `- **Kydd (costly signals)**: an action's ratio \`[num, den]\` is how much likelier a partner is to take it than an adversary. Costly, verifiable acts (legal guarantee ${lr('md.legal-guarantee')}, pausing deployment ${lr('md.pause-deployment')}, respecting free choice ${lr('enlargement.respect-choice')}, arms control with inspections ${lr('cbm.cfe-revival')}, joint data centre ${lr('md.joint-data-centre')}) are far from 1; pledges and meetings are ${lr('talk.partnership-pledge')} and ${lr('talk.more-meetings')}; hostile acts are below 1 (intervention ${lr('ukraine.intervene')}, countermeasures ${lr('md.countermeasures')}, suspending the Council ${lr('nrc.suspend')}).`,
    `- **Jervis (spiral, security dilemma)**: defensive deployments, exercises and missile defence sites carry ambiguity ${span(ambiguous.map((a) => a.ambiguity))} and a \`misread\` reading of ${misreads}; the chance of a misreading grows as trust falls. Overtly hostile acts have ambiguity ${span(hostile.map((a) => a.ambiguity))}; every cooperative act keeps some ambiguity (${span(cooperative.map((a) => a.ambiguity))}) so that noise can make it look like a defection.`,
    `- **Axelrod (reciprocity, noise)**: base misperception ${s.model.misperception / 100} % so that naive reciprocity can be derailed; projects yield small, steady evidence (yield ratios ${weakest ? ratio(weakest) : '—'} to ${strongest ? ratio(strongest) : '—'}) so trust is built by sustained reciprocity rather than single gestures.`,
    `- **Sources on robustness**: source 000 says STANDEX and the airspace initiative work because benefits are balanced and the issues are technical, not political. Robust projects (thresholds ${span(robust.map((p) => p.threshold / 100))} %): ${codes(robust.map((p) => p.id))}. Fragile, politicised ones (thresholds ${span(fragile.map((p) => p.threshold / 100))} %): ${codes(fragile.map((p) => p.id))}. Klein warns that consultation has not reduced distrust (the consultation mechanism ${lr('cbm.consultation-mechanism')}) and that verifiable arms control does more (CFE revival ${lr('cbm.cfe-revival')}).`,
  ].join('\n');
}

/** The campaign's simplifications, with the dates they quote read from the files. */
function simplifications(s: ScenarioData, tutorial: ScenarioData): string {
  const md = s.flashpoints.md;
  const committed = s.historical.nato.filter((h) => h.actions.some((a) => a.startsWith('md.proceed-'))).map((h) => h.turn);
  const paused = s.historical.nato.some((h) => h.actions.includes('md.pause-deployment'));
  const tutorialSite = tutorial.flashpoints.md?.sites.romania.liveAt ?? 'never';
  return [
    `- The Polish site goes live in ${md?.sites.poland.liveAt ?? '—'}, the date of the 2011 plan and of source 001's "two years after Romania"; the real site was delayed for years. In the historical record NATO commits the sites in ${[...new Set(committed)].join(', ') || 'no turn'} and ${paused ? 'pauses them at times' : 'never pauses'}, so they go live as faits accomplis.`,
    '- NATO as an alliance was not a party to the 5+2 Transnistria talks: Moldova and Transnistria were the parties, Russia, Ukraine and the OSCE the mediators, the US and the EU observers. The NATO side stands for the West backing the OSCE-led talks from outside (Trenin suggests joint Russian and EU or NATO efforts); the two parties are played by the engine, and a settlement needs both their consents.',
    "- Events such as the Libya operation, the Moscow protests and the Maidan protests are scripted (scheduled, or emergent from Kyiv's choice) as shocks to Russia's belief, because the model has no action for them; they record how Moscow read them, not a judgement on them.",
    `- The tutorial compresses the calendar: its Romanian site goes live in ${tutorialSite} so that a fait accompli can be seen within its turns.`,
  ].join('\n');
}

/** The turns at which a side's record plays an action, for the hand-written readings below. */
function playedAt(s: ScenarioData, side: 'nato' | 'russia', id: string): string {
  const turns = s.historical[side].filter((h) => h.actions.includes(id)).map((h) => h.turn);
  return turns.length > 0 ? [...new Set(turns)].join(', ') : 'no turn';
}

/** A scheduled event's effect on one of the Transnistria parties' meters, as a signed number. */
function partyShift(s: ScenarioData, event: string, party: 'chisinau' | 'tiraspol', meter: string): string {
  const fx = s.events.scheduled.find((e) => e.id === event)?.effects?.transnistria?.[party] as Record<string, number> | undefined;
  const v = fx?.[meter] ?? 0;
  return v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0';
}

/**
 * How each lesson's record simplifies history: prose the data cannot carry, with every turn and number it quotes read
 * from the file (so a moved step shows here); claims about simulated outcomes are left to MODEL.md's measurements.
 */
const READINGS: Record<string, (s: ScenarioData) => string[]> = {
  'missile-defence-clock': (s) => [
    `The US decision of March 2013 to drop the last phase of its plan (the SM-3 IIB interceptor) is recorded as \`md.adapt-to-threat\` (${playedAt(s, 'nato', 'md.adapt-to-threat')}), NATO's only move in the record that meets one of Russia's conditions. It was taken for cost and technical reasons as much as for Russia; Moscow said it changed nothing.`,
    `The record's offer of ${playedAt(s, 'nato', 'md.offer-joint-system')} (\`md.offer-joint-system\`) stands for the Lisbon offer of 2010, which this scenario starts too late to show: NATO's actual proposal was two separate systems linked by joint centres, not one joint system.`,
  ],
  'bucharest-promise': (s) => [
    `The record's \`enlargement.demand-veto\` (${playedAt(s, 'russia', 'enlargement.demand-veto')}) stands for Russia pressing its draft European security treaty at the OSCE Astana summit (December 2010), which Klein reads as a veto over NATO.`,
    `The Council's 2014 suspension is NATO's (${playedAt(s, 'nato', 'nrc.suspend-cooperation')}); the record's Minsk moves (\`ukraine.mediate\`: NATO ${playedAt(s, 'nato', 'ukraine.mediate')}, Russia ${playedAt(s, 'russia', 'ukraine.mediate')}) stand for the Normandy format and the Trilateral Contact Group, in which NATO as such took no part.`,
  ],
  'transnistria-mediation': (s) => {
    const support = playedAt(s, 'nato', 'transnistria.support-settlement');
    return [
      `As in the campaign, the NATO side stands for the West backing the OSCE-led 5+2 talks from outside (NATO was not a party; the US and the EU were observers); Chisinau and Tiraspol are played by the engine. \`transnistria.support-settlement\` stands for Western money and guarantees, which were never put behind a status Russia could accept, ${support === 'no turn' ? 'so the record never plays it' : `yet the record plays it in ${support}`}.`,
      `The parties read the record's events: Moldova's initialling at Vilnius (\`vilnius-initialling\`) moves Chisinau's course ${partyShift(s, 'vilnius-initialling', 'chisinau', 'course')}; the crisis of 2014 (\`crisis-reaches-moldova\`) moves it ${partyShift(s, 'crisis-reaches-moldova', 'chisinau', 'course')}, its trust in a Russian guarantee ${partyShift(s, 'crisis-reaches-moldova', 'chisinau', 'guarantee')} and Tiraspol's reading of Moscow's line ${partyShift(s, 'crisis-reaches-moldova', 'tiraspol', 'line')}.`,
      `Russia's bans on Moldovan wine (2013) and produce (2014) are recorded as \`transnistria.back-status-quo\` (${playedAt(s, 'russia', 'transnistria.back-status-quo')}): pressure that kept the conflict as leverage rather than a move on the peacekeeping force itself.`,
    ];
  },
};

/** What another scenario takes from the campaign: actions unchanged, with another source note, with other changed fields, and new. */
function reuse(campaign: ScenarioData, s: ScenarioData): string[] {
  const base = new Map(campaign.actions.map((a) => [a.id, a]));
  const kept = s.actions.filter((a) => base.has(a.id));
  const otherNote = kept.filter((a) => same(a.source) !== same(base.get(a.id)?.source));
  const changed = kept
    .map((a) => {
      const b = base.get(a.id) as Record<string, unknown> | undefined;
      const fields = Object.keys({ ...a, ...b }).filter((k) => k !== 'source' && same((a as Record<string, unknown>)[k]) !== same(b?.[k]));
      return { id: a.id, fields };
    })
    .filter((c) => c.fields.length > 0);
  const added = s.actions.filter((a) => !base.has(a.id));
  const allEvents = (x: ScenarioData) => [...x.events.scheduled, ...x.events.random, ...(x.events.emergent ?? [])];
  const baseEvents = new Map(allEvents(campaign).map((e) => [e.id, e]));
  const events = allEvents(s);
  const keptEvents = events.filter((e) => baseEvents.has(e.id));
  const eventNote = keptEvents.filter((e) => same(e.source) !== same(baseEvents.get(e.id)?.source));
  const sourceIds = (x: ScenarioData) => same(x.sources.map((r) => [r.id, r.cite]));
  const out = [
    `Calendar ${s.calendar.start} to ${s.calendar.end}. Sources: ${sourceIds(s) === sourceIds(campaign) ? `the same as \`${CAMPAIGN}\`` : codes(s.sources.map((r) => r.id))}.`,
    `Actions taken from \`${CAMPAIGN}\` (${kept.length} of its ${campaign.actions.length}): ${codes(kept.map((a) => a.id))}.`,
    otherNote.length > 0
      ? `With a source note other than the campaign's: ${otherNote.map((a) => `${code(a.id)} (${code(a.source.source)}: ${escapeCell(a.source.note)})`).join('; ')}.`
      : `Every one of them has the campaign's source and note, so the actions table above applies.`,
  ];
  if (changed.length > 0)
    out.push(`With other fields changed: ${changed.map((c) => `${code(c.id)} (${c.fields.join(', ')})`).join('; ')}.`);
  if (added.length > 0)
    out.push(
      'New actions:',
      table(
        ['id', 'side', 'source', 'what it rests on'],
        added.map((a) => [code(a.id), a.side, ...cite(a.source)]),
      ),
    );
  out.push(`Events taken from \`${CAMPAIGN}\`: ${codes(keptEvents.map((e) => e.id))}.`);
  if (eventNote.length > 0)
    out.push(
      `With a source note other than the campaign's: ${eventNote.map((e) => `${code(e.id)} (${cite(e.source).join(': ')})`).join('; ')}.`,
    );
  for (const [label, t] of eventTables(s, (id) => !baseEvents.has(id))) out.push(`New ${label.toLowerCase()}:`, t);
  const baseRows = new Map(numbersOf(campaign).map((r) => [r.path, r]));
  const differ = numbersOf(s).flatMap((r) => {
    const b = baseRows.get(r.path);
    const what = !b ? ['new'] : [r.numbers !== b.numbers ? 'numbers' : '', r.why !== b.why ? 'why' : ''].filter(Boolean);
    return what.length > 0 ? [{ ...r, differs: what.join(', ') }] : [];
  });
  out.push(
    differ.length > 0
      ? `Sections whose numbers or reason differ from the campaign's (what differs in brackets):\n\n${numbersTable(differ)}`
      : "Its numbers and reasons are the campaign's, section by section.",
  );
  out.push('Historical record:', historicalTable(s));
  const readings = READINGS[s.id]?.(s) ?? [];
  if (readings.length > 0) out.push('Simplifications:', readings.map((r) => `- ${r}`).join('\n'));
  return out;
}

/** The whole document, formatted by the project's Prettier settings so that `format:check` accepts it as written. */
export async function generateSourcesMap(dir = `${root}scenarios/`): Promise<string> {
  const s = load(dir, CAMPAIGN);
  const others = OTHERS.map((id) => load(dir, id));
  const tutorial = others.find((o) => o.id === 'tutorial');
  if (!tutorial) throw new Error('the tutorial scenario is missing');
  for (const r of s.sources)
    if (r.file && !r.file.endsWith(`/${FILES[r.id] ?? '(none)'}`))
      throw new Error(`source ${r.id}: the scenario's file ${r.file} is not ${FILES[r.id]}`);
  const base = new Map(s.actions.map((a) => [a.id, a]));
  const reuseLine = others.map((o) => {
    const kept = o.actions.filter((a) => base.has(a.id));
    const own = o.actions.length - kept.length;
    const noted = kept.filter((a) => same(a.source) !== same(base.get(a.id)?.source)).length;
    return `${code(o.id)} ${kept.length} of them${own > 0 ? ` and ${own} of its own` : ' and no others'}${noted > 0 ? ` (${noted} with another source note)` : ''}`;
  });
  const parties = s.flashpoints.transnistria?.parties;
  const partyScenarios = [s, ...others].filter((o) => same(o.flashpoints.transnistria?.parties) === same(parties)).map((o) => code(o.id));
  const doc = [
    '# Sources map',
    '<!-- Written by `npm run sources-map` from the scenario files: edit the scenarios or scripts/sources-map.ts, not this file. -->',
    `Where each action and event of \`scenarios/${CAMPAIGN}.json\` comes from: the source id, as defined in the scenario's \`sources\`, and the idea in that source it rests on, paraphrased. The numbers themselves (likelihood ratios, costs, thresholds) are argued in the \`why\` fields of the scenario file, from the sources and from theory; they are listed with their reasons under "Numbers and their reasons". The other shipped scenarios reuse the campaign's actions: ${reuseLine.join('; ')}; the last sections list them, with each scenario's own events, numbers and record.`,
    '## Sources',
    table(
      ['id', 'reference', 'file'],
      s.sources.map((r) => [code(r.id), escapeCell(r.cite), FILES[r.id] ? code(FILES[r.id] ?? '') : '—']),
    ),
    'Files are in `../shared/sources/` (see its `INDEX.md`). Sources 000 and 001 are video transcripts; `public-record` covers dated facts the texts only allude to.',
    '## How theory sets the numbers',
    theory(s),
    '## Actions',
    table(
      ['id', 'side', 'source', 'what it rests on'],
      s.actions.map((a) => [code(a.id), a.side, ...cite(a.source)]),
    ),
    ...eventTables(s).flatMap(([label, t]) => [`## ${label}`, t]),
    '## Historical record',
    'What each side actually did, half-year by half-year, as played by the `historical` doctrine. A step with a condition (`when`) is played only if the condition holds in the game; otherwise the side plays its fallback.',
    historicalTable(s),
    '## Simplifications to know',
    simplifications(s, tutorial),
    '## Numbers and their reasons',
    `Each section of the campaign's numbers, in compact form (trust, chances and thresholds in basis points: 10000 is 100 %; ratios as [num,den]), with the reason the file gives. The parties to the Transnistria conflict have the same numbers in ${partyScenarios.join(' and ')}; the shared texts say nothing about Chisinau or Tiraspol beyond Trenin's call for joint mediation (003), so the parties rest on the public record.`,
    numbersTable(numbersOf(s)),
    ...others.flatMap((o) => [`## Scenario \`${o.id}\``, `${escapeCell(o.title)}. ${escapeCell(o.summary)}`, ...reuse(s, o)]),
  ].join('\n\n');
  const options = await resolveConfig(OUT);
  return format(doc, { ...options, filepath: OUT });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(OUT, await generateSourcesMap());
  console.log(`wrote ${OUT}`);
}
