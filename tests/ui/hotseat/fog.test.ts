// Fog of trust: who may see which side's trust, and deficit notes without their numbers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noteText } from '../../../src/analysis/render-log.js';
import { compileScenario, loadAndCompile, type Change, type Note } from '../../../src/engine/index.js';
import {
  direction,
  signalSizeOf,
  trustDirectionVisible,
  trustNumberVisible,
  trustSideOf,
  viewLog,
  viewNote,
} from '../../../src/ui/hotseat/fog.js';
import { miniScenario } from '../../fixtures/mini.js';

describe('fog of trust', () => {
  it("shows a team its own trust, never the other side's, and neither number on a shared screen", () => {
    expect(trustNumberVisible(true, 'nato', 'nato')).toBe(true);
    expect(trustNumberVisible(true, 'nato', 'russia')).toBe(false);
    expect(trustNumberVisible(true, 'russia', 'russia')).toBe(true);
    expect(trustNumberVisible(true, 'russia', 'nato')).toBe(false);
    expect(trustNumberVisible(true, 'shared', 'nato')).toBe(false);
    expect(trustNumberVisible(true, 'shared', 'russia')).toBe(false);
  });

  it('shows every number without fog', () => {
    for (const viewer of ['nato', 'russia', 'shared'] as const)
      for (const side of ['nato', 'russia'] as const) {
        expect(trustNumberVisible(false, viewer, side)).toBe(true);
        expect(trustDirectionVisible(false, viewer, side)).toBe(true);
      }
  });

  it("tells directions on the shared screen, and nothing of the other side's trust on a team's own", () => {
    expect(trustDirectionVisible(true, 'shared', 'nato')).toBe(true);
    expect(trustDirectionVisible(true, 'shared', 'russia')).toBe(true);
    expect(trustDirectionVisible(true, 'nato', 'russia')).toBe(false);
    expect(trustDirectionVisible(true, 'russia', 'nato')).toBe(false);
    expect(trustDirectionVisible(true, 'nato', 'nato')).toBe(true);
  });

  it('names the side of a trust meter', () => {
    expect(trustSideOf('trust.nato')).toBe('nato');
    expect(trustSideOf('trust.russia')).toBe('russia');
    expect(trustSideOf('security.nato')).toBeNull();
    expect(trustSideOf('cohesion')).toBeNull();
  });

  it('gives a direction, never a size', () => {
    expect(direction(4000, 4500)).toBe('up');
    expect(direction(4500, 4000)).toBe('down');
    expect(direction(4000, 4000)).toBe('same');
  });

  const deficit: Note = {
    kind: 'deficit',
    id: 'transnistria.joint-mediation',
    fact: {
      kind: 'deficit',
      project: 'transnistria.joint-mediation',
      shortfalls: [{ side: 'russia', area: 'order', held: 3200, needed: 4000 }],
    },
  };
  const blocked: Note = { kind: 'deficit', id: 'coop.standex', fact: { kind: 'councilBlocks', project: 'coop.standex', halt: 'council' } };
  const trust = (meter: 'trust.nato' | 'trust.russia'): Change => ({
    meter,
    area: 'practical',
    before: 4000,
    after: 4500,
    cause: { kind: 'action', id: 'coop.standex', by: 'russia' },
    fact: { kind: 'observed', observer: 'nato', actor: 'russia', action: 'coop.standex' },
  });
  const cohesion: Change = {
    meter: 'cohesion',
    before: 50,
    after: 48,
    cause: { kind: 'rule', id: 'allies' },
    fact: { kind: 'alliesUnanswered' },
  };

  it('takes the trust numbers out of a deficit note, as a fact, and tells it without a digit', () => {
    const sc = compileScenario(miniScenario());
    const seen = viewNote(deficit, true);
    expect(seen.fact).toEqual({ kind: 'deficit', project: 'transnistria.joint-mediation', shortfalls: [] });
    expect(noteText(sc, seen)).toBe('Joint mediation is blocked by a trust deficit.');
    expect(noteText(sc, deficit)).toBe(
      "Joint mediation is blocked by a trust deficit: Russia's trust on the order in Europe 32% < 40% needed (deficit 8 points)",
    );
    expect(viewNote(deficit, false)).toBe(deficit);
    expect(viewNote(blocked, true)).toBe(blocked);
  });

  it("projects a turn's log for one viewer: a team never hears of the other side's trust; the shared screen hears directions", () => {
    const log = { changes: [trust('trust.nato'), trust('trust.russia'), cohesion], notes: [deficit] };
    const nato = viewLog(log, true, 'nato');
    expect(nato.changes.map((c) => [c.change.meter, c.numbers])).toEqual([
      ['trust.nato', true],
      ['cohesion', true],
    ]);
    expect(nato.notes[0]!.fact).toMatchObject({ shortfalls: [] });
    const shared = viewLog(log, true, 'shared');
    expect(shared.changes.map((c) => [c.change.meter, c.numbers])).toEqual([
      ['trust.nato', false],
      ['trust.russia', false],
      ['cohesion', true],
    ]);
    const open = viewLog(log, false, 'shared');
    expect(open.changes.every((c) => c.numbers)).toBe(true);
    expect(open.notes).toEqual([deficit]);
  });
});

describe('signal sizes on a fogged shared screen', () => {
  const loaded = loadAndCompile(readFileSync(new URL('../../../scenarios/reset-2010.json', import.meta.url), 'utf8'), 'reset-2010.json');
  if (!loaded.ok) throw new Error('reset-2010 does not load');
  const sc = loaded.value;
  const trustChange = (id: string, before: number, after: number, extra: Partial<Change['cause']> = {}): Change => ({
    meter: 'trust.russia',
    before,
    after,
    area: sc.actions.get(id)?.area ?? 'order',
    cause: { kind: 'action', id, by: 'nato', ...extra },
    fact: { kind: 'observed', observer: 'russia', actor: 'nato', action: id },
  });

  it('sizes an observed act by the ratio the observer applied: costly, modest or cheap', () => {
    expect(signalSizeOf(sc, trustChange('md.legal-guarantee', 4000, 5000))).toBe('costly');
    expect(signalSizeOf(sc, trustChange('ukraine.mediate', 4000, 4400))).toBe('modest');
    expect(signalSizeOf(sc, trustChange('talk.partnership-pledge', 4000, 4002))).toBe('cheap');
  });

  it("sizes a misread act by the reading applied, not the act's own ratio", () => {
    // Romania's site is a cheap signal (4:5) read correctly; read as a step against the deterrent it is 1:2, costly.
    expect(signalSizeOf(sc, trustChange('md.proceed-romania', 5000, 4500))).toBe('cheap');
    expect(signalSizeOf(sc, trustChange('md.proceed-romania', 5000, 3300, { misread: true }))).toBe('costly');
  });

  it('says nothing for what no act caused, and for other meters', () => {
    expect(signalSizeOf(sc, { ...trustChange('md.legal-guarantee', 4000, 3900), cause: { kind: 'rule', id: 'ageing' } })).toBeNull();
    expect(signalSizeOf(sc, { ...trustChange('md.legal-guarantee', 10, 9), meter: 'capital.nato' })).toBeNull();
  });
});
