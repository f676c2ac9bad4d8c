// The role cards' pure helpers: the briefing splitter (every shipped scenario, and odd texts), the flashpoint
// clocks, the options by group, and the choice of 4–6 questions to prepare.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, type ScenarioData } from '../../../src/scenario/index.js';
import {
  flashpointClocks,
  flashpointKeys,
  MAX_QUESTIONS,
  MIN_QUESTIONS,
  prepQuestionIds,
  prepQuestions,
  sideOptions,
  splitBriefing,
  ukraineCrisisAt,
} from '../../../src/ui/role-cards/model.js';
import { strings } from '../../../src/ui/strings.js';
import { compileScenario } from '../../../src/engine/index.js';
import { GROUPS, groupOfAction, previewOf } from '../../../src/ui/panels/card-groups.js';

const DIR = new URL('../../../scenarios/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.includes('schema'));

function scenario(file: string): ScenarioData {
  const loaded = loadScenario(readFileSync(new URL(file, DIR), 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.value;
}

describe('splitBriefing', () => {
  it('splits SITUATION. / GOALS. / RED LINES. paragraphs and keeps the other headed parts in order', () => {
    const text =
      'SITUATION. Autumn 2010.\n\nGOALS. Keep the door open.\nA second goal line.\n\nRED LINES. No veto.\n\nTHE CLOCK. Ten half-years.';
    const split = splitBriefing(text);
    expect(split.fallback).toBe(false);
    expect(split.situation).toEqual(['Autumn 2010.']);
    expect(split.goals).toEqual(['Keep the door open.', 'A second goal line.']);
    expect(split.redLines).toEqual(['No veto.']);
    expect(split.other).toEqual([{ heading: 'The clock', paragraphs: ['Ten half-years.'] }]);
  });

  it('accepts colons, singular and spacing variants, and counts text before any heading as the situation', () => {
    const split = splitBriefing(
      "Autumn 2010, in Brussels.\nRED  LINE: none.\nYOUR GOALS: partnership.\nRUSSIA'S THREE CONDITIONS. Clarity.",
    );
    expect(split.situation).toEqual(['Autumn 2010, in Brussels.']);
    expect(split.redLines).toEqual(['none.']);
    expect(split.goals).toEqual(['partnership.']);
    expect(split.other.map((o) => o.heading)).toEqual(['Russia’s three conditions']);
  });

  it('does not take an ordinary sentence, an acronym or "NATO." for a heading', () => {
    const split = splitBriefing('SITUATION. Tense.\nNATO and Russia talk. The NRC meets.\nUS. A short line.');
    expect(split.situation).toEqual(['Tense.', 'NATO and Russia talk. The NRC meets.', 'US. A short line.']);
    expect(split.other).toEqual([]);
  });

  it('falls back to the whole text when none of the three parts is named', () => {
    const text = 'Plain text with no headings.\n\nA second paragraph.';
    const split = splitBriefing(text);
    expect(split.fallback).toBe(true);
    expect(split.other).toEqual([{ heading: '', paragraphs: ['Plain text with no headings.', 'A second paragraph.'] }]);
    expect(splitBriefing('').fallback).toBe(true);
  });

  it('never loses a word of any shipped briefing', () => {
    for (const file of FILES) {
      const data = scenario(file);
      for (const side of ['nato', 'russia'] as const) {
        const text = data.briefing[side];
        const split = splitBriefing(text);
        const kept = [...split.situation, ...split.goals, ...split.redLines, ...split.other.flatMap((o) => [o.heading, ...o.paragraphs])]
          .join(' ')
          .toLowerCase()
          .replace(/[^a-z0-9%]+/g, ' ')
          .trim()
          .split(' ')
          .sort();
        // The three parts' own headings become the card's headings; every other word is kept.
        const words = text
          .replace(/^(SITUATION|GOALS|RED LINES)\./gm, '')
          .toLowerCase()
          .replace(/[^a-z0-9%]+/g, ' ')
          .trim()
          .split(' ')
          .sort();
        expect(kept, `${file} ${side}`).toEqual(words);
      }
    }
  });

  it('finds the situation, goals and red lines of the four campaign scenarios, and the red lines of the tutorial', () => {
    for (const file of FILES) {
      const data = scenario(file);
      for (const side of ['nato', 'russia'] as const) {
        const split = splitBriefing(data.briefing[side]);
        expect(split.fallback, `${file} ${side}`).toBe(false);
        expect(split.redLines.length, `${file} ${side}`).toBeGreaterThan(0);
        if (file !== 'tutorial.json') {
          expect(split.situation.length, `${file} ${side}`).toBeGreaterThan(0);
          expect(split.goals.length, `${file} ${side}`).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('the questions to prepare', () => {
  it('are 4 to 6 for every side and every combination of flashpoints, without repeats, all in the string table', () => {
    const all = ['md', 'enlargement', 'ukraine', 'transnistria'] as const;
    for (let mask = 0; mask < 16; mask++) {
      const fps = all.filter((_, i) => mask & (1 << i));
      for (const side of ['nato', 'russia'] as const) {
        const ids = prepQuestionIds(side, fps);
        expect(ids.length).toBeGreaterThanOrEqual(MIN_QUESTIONS);
        expect(ids.length).toBeLessThanOrEqual(MAX_QUESTIONS);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(Object.hasOwn(strings, id), id).toBe(true);
        // The costly-signal question comes first; each flashpoint has its question while there is room.
        expect(ids[0]).toBe(`lesson.prep.${side}.signals`);
        for (const fp of fps) expect(ids).toContain(`lesson.prep.${side}.${fp}`);
      }
    }
  });

  it('are chosen by the flashpoints of the scenario', () => {
    expect(prepQuestionIds('nato', ['transnistria'])).toEqual([
      'lesson.prep.nato.signals',
      'lesson.prep.nato.misreading',
      'lesson.prep.nato.transnistria',
      'lesson.prep.nato.redLines',
      'lesson.prep.nato.deficit',
    ]);
    expect(prepQuestionIds('russia', [])).toEqual([
      'lesson.prep.russia.signals',
      'lesson.prep.russia.misreading',
      'lesson.prep.russia.redLines',
      'lesson.prep.russia.deficit',
    ]);
    const reset = scenario('reset-2010.json');
    expect(flashpointKeys(reset)).toEqual(['md', 'enlargement', 'ukraine', 'transnistria']);
    expect(prepQuestions(reset, 'russia')).toHaveLength(6);
    expect(prepQuestions(reset, 'russia').some((q) => q.startsWith('Transnistria'))).toBe(true);
  });
});

describe('the card data', () => {
  it('says when Kyiv chooses (the crisis has no date), and gives the missile defence sites and Transnistria clocks', () => {
    const reset = scenario('reset-2010.json');
    expect(ukraineCrisisAt(reset)).toBeNull();
    const clocks = flashpointClocks(reset);
    expect(clocks.map((c) => c.key)).toEqual(['md', 'enlargement', 'ukraine', 'transnistria']);
    const text = clocks.flatMap((c) => c.lines).join(' ');
    expect(text).toContain('Deveselu, Romania: goes live in 2016-H1');
    expect(text).toContain('Redzikowo, Poland: goes live in 2018-H2');
    expect(text).not.toContain('The crisis breaks in');
    expect(text).toContain('Kyiv chooses between the EU Association Agreement and the Customs Union at the end of 2013-H2.');
    expect(text).toMatch(/after 3 half-years of joint commitment/);
    // A site that goes live after the scenario ends says so.
    const md = flashpointClocks(scenario('missile-defence-clock.json'))
      .flatMap((c) => c.lines)
      .join(' ');
    expect(md).toContain('Redzikowo, Poland: would go live in 2018-H2, after the game ends');
    expect(ukraineCrisisAt(scenario('transnistria-mediation.json'))).toBeNull();
    // The tutorial does not offer the Polish site: its card does not mention it.
    const tutorial = flashpointClocks(scenario('tutorial.json'))
      .flatMap((c) => c.lines)
      .join(' ');
    expect(tutorial).toContain('Deveselu, Romania: goes live in 2012-H2');
    expect(tutorial).not.toContain('Redzikowo');
  });

  it("lists a side's own and shared actions in the turn screen's groups and order, each with its preview, never the other side's", () => {
    const reset = scenario('reset-2010.json');
    for (const side of ['nato', 'russia'] as const) {
      const groups = sideOptions(reset, side);
      const ids = groups.flatMap((g) => g.options.map((o) => o.id));
      const expected = reset.actions.filter((a) => a.side === side || a.side === 'both').map((a) => a.id);
      expect(ids.sort()).toEqual([...expected].sort());
      // The groups in the turn screen's order, none empty; reset-2010 has all four flashpoints.
      const order = groups.map((g) => GROUPS.indexOf(g.group));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(groups.every((g) => g.options.length > 0)).toBe(true);
      expect(groups.map((g) => g.group)).toEqual(expect.arrayContaining(['practical', 'md', 'ukraine']));
      const sc = compileScenario(reset);
      for (const g of groups)
        for (const o of g.options) {
          expect(groupOfAction(sc, side, o.id), o.id).toBe(g.group);
          // The turn card's signal and project, shorter: the strength word is the card's, the threshold the project's.
          const strength = previewOf(sc, o.id).split(' ')[0]!;
          expect(o.preview.startsWith(strength === 'No' ? 'No signal' : `${strength},`), o.id).toBe(true);
          expect(o.preview.includes('joint project at'), o.id).toBe(sc.projects.has(o.id));
          expect(o.preview.length, o.id).toBeLessThan(60);
        }
    }
  });
});
