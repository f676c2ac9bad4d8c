// Words a newcomer reads (issue 11's playtest): no promise the model may not keep, one meaning for "cost", no jargon
// (the long-run prior, a state id repeated as its own value, a source's file number).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { loadAndCompile } from '../../src/engine/index.js';
import { factText } from '../../src/analysis/render-log.js';
import { FLASHPOINT_STATES, IRAN_TRACKS } from '../../src/scenario/vocabulary.js';
import { strings } from '../../src/ui/strings.js';

const dir = new URL('../../scenarios/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
const compiled = files.map((f) => {
  const loaded = loadAndCompile(readFileSync(new URL(f, dir), 'utf8'), f);
  if (!loaded.ok) throw new Error(`${f} does not load`);
  return loaded.value;
});
const tutorial = compiled.find((sc) => sc.data.id === 'tutorial')!;

describe('the tutorial says what is likely, not what will happen', () => {
  it('no briefing promises that Russia (or NATO) "will join"', () => {
    for (const sc of compiled) for (const text of Object.values(sc.data.briefing)) expect(text).not.toMatch(/will (join|accept|agree)/i);
  });

  it('the airspace initiative: Russia is likely to join, and the briefing says why and that it may not at once', () => {
    const nato = tutorial.data.briefing.nato;
    expect(nato).toMatch(/likely to join, because/);
    expect(nato).toMatch(/not certain/);
  });
});

describe('"cost" means capital; a signal is weak, moderate or strong', () => {
  const ui = Object.entries(strings);
  it('the cards and the fog of trust never call a signal cheap or costly', () => {
    for (const [id, text] of ui.filter(([id]) => id.startsWith('turn.preview.strength.') || id.startsWith('hotseat.fog.size.')))
      expect(`${id}: ${text}`).toMatch(/: (weak|moderate|strong)$/i);
  });

  it("a card's price is said in capital", () => {
    expect(strings['turn.card.cost']).toBe('{cost} capital');
    expect(strings['turn.card.overBudget']).toMatch(/costs \{cost\} capital/);
  });
});

describe('no jargon in the log or on the cards', () => {
  it('the log tells a state in words, never its id after its own name ("talks: talks")', () => {
    for (const state of FLASHPOINT_STATES.md) expect(factText(tutorial, { kind: 'mdState', state })).not.toMatch(/talks: talks|-/);
    for (const state of IRAN_TRACKS) expect(factText(tutorial, { kind: 'iran', state })).not.toMatch(/talks: talks/);
    expect(factText(tutorial, { kind: 'mdState', state: 'talks' })).toBe('Missile defence: under way, nothing agreed yet');
    expect(factText(tutorial, { kind: 'enlargementState', state: 'open-door' })).toBe('The open door: open, with no timetable');
  });

  it('old evidence fading is said without "prior"', () => {
    expect(factText(tutorial, { kind: 'ageing', observer: 'nato', area: 'order' })).not.toMatch(/prior/);
  });

  it('the cards\' and events\' source notes name a source, never its file number ("source 001", "Klein (004)")', () => {
    for (const sc of compiled)
      for (const [id, cite] of sc.citations) expect(`${sc.data.id} ${id}: ${cite}`).not.toMatch(/source 0\d\d|\(0\d\d\)/);
  });

  it('the status panel says where the missile defence negotiations stand, not "Talks: talks"', () => {
    expect(strings['turn.md.talks']).toBe('Negotiations: {state}');
  });
});

describe('the headline trust is labelled as the average of the two areas', () => {
  it('says both areas and their values', async () => {
    const { trustMeanText } = await import('../../src/ui/panels/status.js');
    expect(trustMeanText({ practical: 6000, order: 4000 })).toBe('average of 60% on the common threats and 40% on the order in Europe');
  });

  it('the debrief summary carries it for each side', () => {
    expect(strings['debrief.summary']).toMatch(/NATO \{nato\}% \(\{natoMean\}\), Russia \{russia\}% \(\{russiaMean\}\)/);
    expect(strings['hotseat.debrief.summary']).toMatch(/\{natoMean\}.*\{russiaMean\}/);
  });
});
