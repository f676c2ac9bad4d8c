// Counts in sentences go through Intl.PluralRules (issue 11): "1 half-year", "2 half-years", never "1 half-years".
import { describe, expect, it } from 'vitest';
import { strings, tn } from '../../src/ui/strings.js';

/** Counts before plural nouns outside this branch's screens: the title's save line, the class board, the role cards. */
const KNOWN = [
  'title.save.finished',
  'classBoard.tooMany',
  'classBoard.chart.desc',
  'roleCards.card.period',
  'roleCards.fp.md.joint',
  'roleCards.fp.enlargement.clock',
  'roleCards.fp.transnistria.clock',
  'kit.plan.45.intro',
];
/** "{n} of {total} half-years" of a game ended early or partial: it leaves one half-year unplayed, so total ≥ 2. */
const ALWAYS_SEVERAL = ['debrief.ended.early', 'viewer.verified.partial', 'viewer.verified.early'];

describe('tn, the plural helper', () => {
  it.each([
    [0, 'Confirm 0 actions…'],
    [1, 'Confirm 1 action…'],
    [2, 'Confirm 2 actions…'],
    [21, 'Confirm 21 actions…'],
  ])('picks the form for %i', (n, text) => {
    expect(tn('turn.confirm.n', n)).toBe(text);
  });

  it('fills the other placeholders too', () => {
    expect(tn('turn.confirmStep.actions', 1, { side: 'NATO', spent: 2, total: 5 })).toBe('NATO will take 1 action, capital 2 of 5:');
  });

  it('every plural id has both English forms: the other form says the count, and the two differ', () => {
    const ids = new Set(Object.keys(strings));
    const table = strings as Record<string, string>;
    const bases = [...ids].flatMap((id) =>
      id.endsWith('.other') && ids.has(id.replace(/other$/, 'one')) ? [id.replace(/\.other$/, '')] : [],
    );
    expect(bases.length).toBeGreaterThan(10);
    for (const base of bases) {
      expect(table[`${base}.other`], `${base}.other`).toMatch(/\{(n|delta)\}/);
      expect(table[`${base}.one`], `${base}.one`).not.toBe(table[`${base}.other`]);
    }
  });

  it('no other string puts a count before a plural noun (those go through tn)', () => {
    const counted =
      /\{(n|count|turns|points|runs|total|dropped)\}\s+(consecutive\s+)?(half-years|points|projects|turns|actions|seeds|games|teams|files|moves)\b/;
    const offenders = Object.entries(strings as Record<string, string>)
      .filter(([id, text]) => !/\.(one|other)$/.test(id) && !ALWAYS_SEVERAL.includes(id) && counted.test(text))
      .map(([id]) => id);
    // Left to their owners (the classroom's strings and the role cards), listed so that a new one fails here.
    expect(offenders).toEqual(KNOWN);
  });
});
