// Every player-facing string of the interface, keyed by id (English), ready for translation. Content text lives in scenarios/.
import { classroomStrings } from './strings/classroom.js';
import { debriefStrings } from './strings/debrief.js';
import { deployStrings } from './strings/deploy.js';
import { kitStrings } from './strings/kit.js';
import { lessonStrings } from './strings/lesson.js';
import { mapStrings } from './strings/map.js';
import { shellStrings } from './strings/shell.js';
import { turnStrings } from './strings/turn.js';

export const strings = {
  'app.title': 'Trust Deficit',
  'app.tagline': 'NATO and Russia from the 2010 new start: can trust be built, and how is it lost?',
  ...shellStrings,
  ...turnStrings,
  ...debriefStrings,
  ...mapStrings,
  ...classroomStrings,
  ...lessonStrings,
  ...deployStrings,
  ...kitStrings,
} as const satisfies Record<string, string>;

export type StringId = keyof typeof strings;

/** The ids that come in plural forms: `{base}.one` and `{base}.other` (English's two categories) both exist. */
export type PluralId = {
  [K in StringId]: K extends `${infer B}.other` ? (`${B}.one` extends StringId ? B : never) : never;
}[StringId];

/** The string for an id, with `{name}` placeholders filled in. */
export function t(id: StringId, values: Record<string, string | number> = {}): string {
  return (strings[id] as string).replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

const pluralRules = new Intl.PluralRules('en');

/**
 * A count in a sentence: the form of `base` that Intl.PluralRules picks for `n` (`.one` or `.other`), with `{n}` and
 * the other placeholders filled in. "1 half-year", "2 half-years", never "1 half-years".
 */
export function tn(base: PluralId, n: number, values: Record<string, string | number> = {}): string {
  const form = `${base}.${pluralRules.select(n)}`;
  const id = (form in strings ? form : `${base}.other`) as StringId;
  return t(id, { ...values, n });
}
