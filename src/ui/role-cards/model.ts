// What a role card says, as plain data (no DOM): the side's briefing split into situation / goals / red lines,
// the flashpoints and their clocks, the side's options by stance, and the questions to prepare.
import { calendarTurns, compileScenario, turnIndex, type CompiledScenario } from '../../engine/index.js';
import { GROUPS, groupOfAction, signalOf, type Group } from '../panels/card-groups.js';
import { pct } from '../panels/format.js';
import { FLASHPOINTS, type FlashpointKey, type ScenarioData, type SideId, type StanceId } from '../../scenario/index.js';
import { t, type StringId } from '../strings.js';

/** A briefing paragraph group under one of the scenario's capitalised headings ("THE CLOCK."). */
export interface BriefingPart {
  /** The heading as written in the scenario, in sentence case ("The clock"), or '' for text before any heading. */
  heading: string;
  paragraphs: string[];
}

export interface SplitBriefing {
  situation: string[];
  goals: string[];
  redLines: string[];
  /** The other headed parts, in the order of the text. */
  other: BriefingPart[];
  /** True when none of situation, goals or red lines was found: `other` then holds the whole text. */
  fallback: boolean;
}

type Slot = 'situation' | 'goals' | 'redLines';

/** Headings that name the three parts of a role card (capitals, any spacing; plural or singular). */
const SLOTS: { slot: Slot; pattern: RegExp }[] = [
  { slot: 'situation', pattern: /^(THE\s+)?SITUATION$/ },
  { slot: 'goals', pattern: /^(YOUR\s+)?(GOALS?|OBJECTIVES?|AIMS?)$/ },
  { slot: 'redLines', pattern: /^(YOUR\s+)?RED[\s-]+LINES?$/ },
];

/**
 * A heading at the start of a paragraph: words in capitals (letters, digits, spaces, apostrophes, hyphens, "+"),
 * at least three letters, ended by a full stop or a colon: "SITUATION.", "RED LINES:", "RUSSIA'S THREE CONDITIONS.".
 */
const HEADING = /^([A-Z][A-Z0-9'’+\- ]*[A-Z0-9])\s*[.:]\s+([\s\S]*)$/;

const sentenceCase = (heading: string): string =>
  heading.charAt(0) +
  heading
    .slice(1)
    .toLowerCase()
    .replace(/[’']s\b/g, '’s');

/** Splits a briefing into paragraphs: blank lines or single newlines separate them. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Splits a side's briefing into situation, goals and red lines by its capitalised paragraph headings; text under
 * other headings is kept in order in `other`. Text before the first heading counts as the situation. When the
 * text has none of the three headings the whole briefing is returned in `other` (with `fallback` set).
 */
export function splitBriefing(text: string): SplitBriefing {
  const out: SplitBriefing = { situation: [], goals: [], redLines: [], other: [], fallback: false };
  let current: Slot | BriefingPart | null = null;
  const leading: string[] = [];
  for (const paragraph of paragraphsOf(text)) {
    const match = HEADING.exec(paragraph);
    const head = match?.[1]?.replace(/\s+/g, ' ').trim() ?? '';
    if (match && head.replace(/[^A-Z]/g, '').length >= 3) {
      const body = (match[2] ?? '').trim();
      const slot = SLOTS.find((s) => s.pattern.test(head))?.slot;
      if (slot) current = slot;
      else {
        current = { heading: sentenceCase(head), paragraphs: [] };
        out.other.push(current);
      }
      if (body) push(out, current, leading, body);
      continue;
    }
    push(out, current, leading, paragraph);
  }
  const found = out.situation.length + out.goals.length + out.redLines.length > 0;
  if (!found) {
    // Nothing to put in the three parts: the whole text, as written, parts and all.
    const whole: BriefingPart[] = leading.length ? [{ heading: '', paragraphs: leading }] : [];
    return { situation: [], goals: [], redLines: [], other: [...whole, ...out.other], fallback: true };
  }
  out.situation.unshift(...leading);
  return out;
}

function push(out: SplitBriefing, current: Slot | BriefingPart | null, leading: string[], paragraph: string): void {
  if (current === null) leading.push(paragraph);
  else if (typeof current === 'string') out[current].push(paragraph);
  else current.paragraphs.push(paragraph);
}

// ------------------------------------------------------------------ flashpoints

export interface FlashpointClock {
  key: FlashpointKey;
  title: string;
  lines: string[];
}

/** The turn label of the scheduled event that starts the Ukraine crisis, or null (none, or it emerges from Kyiv's choice). */
export function ukraineCrisisAt(data: ScenarioData): string | null {
  return data.events.scheduled.find((e) => e.effects?.ukraineCrisis)?.at ?? null;
}

/** True when one of the scenario's actions acts on a missile defence site (so that the site can be committed). */
export function siteOffered(data: ScenarioData, site: 'romania' | 'poland'): boolean {
  return data.actions.some((a) => (a.requires ?? []).some((r) => 'site' in r && r.site === site));
}

/** The flashpoints a scenario has, in the order of the design (missile defence, the door, Ukraine, Transnistria). */
export function flashpointKeys(data: ScenarioData): FlashpointKey[] {
  const fp = data.flashpoints;
  return FLASHPOINTS.filter((key) => fp[key] !== undefined);
}

/** Each flashpoint with its clock as sentences, from the scenario's numbers. */
export function flashpointClocks(data: ScenarioData): FlashpointClock[] {
  const fp = data.flashpoints;
  const out: FlashpointClock[] = [];
  if (fp.md) {
    const last = data.calendar.end;
    // Only the sites a scenario lets NATO commit (an action requires the site's state).
    const sites = (['romania', 'poland'] as const).filter((key) => siteOffered(data, key)).map((key) => fp.md!.sites[key]);
    out.push({
      key: 'md',
      title: t('roleCards.fp.md'),
      lines: [
        ...sites.map((s) =>
          t(turnIndex(s.liveAt) > turnIndex(last) ? 'roleCards.fp.md.siteAfter' : 'roleCards.fp.md.site', { name: s.name, when: s.liveAt }),
        ),
        t('roleCards.fp.md.joint', { trust: pct(fp.md.jointSystemThreshold), turns: fp.md.jointCentreTurns }),
      ],
    });
  }
  if (fp.enlargement)
    out.push({
      key: 'enlargement',
      title: t('roleCards.fp.enlargement'),
      lines: [t('roleCards.fp.enlargement.clock', { turns: fp.enlargement.accommodationTurns })],
    });
  if (fp.ukraine) {
    const when = ukraineCrisisAt(data);
    const kyiv = data.actors?.kyiv;
    out.push({
      key: 'ukraine',
      title: t('roleCards.fp.ukraine'),
      lines: [
        ...(when ? [t('roleCards.fp.ukraine.when', { when })] : []),
        ...(kyiv ? [t('roleCards.fp.ukraine.kyiv', { when: kyiv.decisionAt })] : []),
        t('roleCards.fp.ukraine.clock', {
          below: pct(fp.ukraine.autoEscalateBelow),
          contain: pct(fp.ukraine.containThreshold),
          mechanism: pct(fp.ukraine.containThresholdWithMechanism),
        }),
      ],
    });
  }
  if (fp.transnistria)
    out.push({
      key: 'transnistria',
      title: t('roleCards.fp.transnistria'),
      lines: [t('roleCards.fp.transnistria.clock', { trust: pct(fp.transnistria.threshold), turns: fp.transnistria.turnsToSettle })],
    });
  return out;
}

// ------------------------------------------------------------------ options

export interface SideOption {
  id: string;
  name: string;
  cost: number;
  /** True for an action both sides can take (a joint project needs the other to join). */
  shared: boolean;
  stance: StanceId;
  /** How strongly and which way it signals, and the trust its joint project needs: the turn screen's preview, short. */
  preview: string;
}

export interface OptionGroup {
  /** The turn screen's group of cards (practical cooperation, missile defence, the door…), in its order. */
  group: Group;
  options: SideOption[];
}

/** The turn screen's preview in a few words, so that each option fits one printed line: "Strong, reassuring · joint project at 60 % trust". */
export function shortPreview(sc: CompiledScenario, id: string): string {
  const action = sc.actions.get(id);
  if (!action) return '';
  const { strength, up } = signalOf(action.lr);
  const signal =
    strength === 'none'
      ? t('roleCards.card.noSignal')
      : t('roleCards.card.signal', {
          strength: t(`turn.preview.strength.${strength}`),
          direction: t(up ? 'turn.preview.direction.up' : 'turn.preview.direction.down'),
        });
  const project = sc.projects.get(id);
  return project ? `${signal} · ${t('roleCards.card.project', { threshold: pct(project.threshold) })}` : signal;
}

/** The actions a side can take, in the turn screen's groups and order (empty groups left out), each with its preview. */
export function sideOptions(data: ScenarioData, side: SideId): OptionGroup[] {
  // Compiled once per scenario data (compileScenario caches it): the groups and previews read the compiled actions.
  const sc = compileScenario(data);
  const groups: OptionGroup[] = GROUPS.map((group) => ({ group, options: [] }));
  for (const action of data.actions) {
    if (action.side !== side && action.side !== 'both') continue;
    const option: SideOption = {
      id: action.id,
      name: action.name,
      cost: action.cost,
      shared: action.side === 'both',
      stance: action.stance,
      preview: shortPreview(sc, action.id),
    };
    groups.find((g) => g.group === groupOfAction(sc, side, action.id))?.options.push(option);
  }
  return groups.filter((g) => g.options.length > 0);
}

// ------------------------------------------------------------------ questions to prepare

/** The generic questions of a side, in order: the first two always, the others to fill the card up. */
const GENERIC = ['signals', 'misreading', 'redLines', 'deficit'] as const;

export const MIN_QUESTIONS = 4;
export const MAX_QUESTIONS = 6;

/**
 * The 4–6 questions to prepare for a side: two generic ones (costly signals against cheap talk; misreading), one per
 * flashpoint of the scenario, then the other generic ones (red lines; the trust deficit) while there is room.
 */
export function prepQuestionIds(side: SideId, flashpoints: readonly FlashpointKey[]): StringId[] {
  const generic = GENERIC.map((q) => `lesson.prep.${side}.${q}` as StringId);
  const specific = flashpoints.map((fp) => `lesson.prep.${side}.${fp}` as StringId);
  const ids = [...generic.slice(0, 2), ...specific];
  for (const id of generic.slice(2)) if (ids.length < MAX_QUESTIONS) ids.push(id);
  // With many flashpoints the first generic ones and the flashpoints fill the card; never more than the maximum.
  return ids.slice(0, MAX_QUESTIONS);
}

export function prepQuestions(data: ScenarioData, side: SideId): string[] {
  return prepQuestionIds(side, flashpointKeys(data)).map((id) => t(id));
}

/** The period of a scenario: first and last half-year and their number. */
export function period(data: ScenarioData): { start: string; end: string; turns: number } {
  return { start: data.calendar.start, end: data.calendar.end, turns: calendarTurns(data.calendar.start, data.calendar.end).length };
}
