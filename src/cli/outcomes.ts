// What each outcome means, for people (DESIGN.md 3.3); an id the engine adds later is shown bare.
const MEANINGS: Record<string, string> = {
  'security-roof': 'joint missile defence in place and high mutual trust: "from Vancouver to Vladivostok"',
  'strategic-partnership': 'high mutual trust and several projects delivered',
  'selective-cooperation': 'cooperation on practical issues, competition on order in Europe',
  'cold-peace': 'little trust, channels open, projects stalled',
  confrontation: 'channels suspended or trust collapsed with countermeasures deployed',
};

export const outcomeMeaning = (id: string): string => MEANINGS[id] ?? '';

/** Trust in bp as a percentage with one decimal (4012 → 40.1). */
export const pct1 = (bp: number): number => Math.round(bp / 10) / 10;
