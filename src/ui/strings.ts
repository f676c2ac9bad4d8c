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

/** The string for an id, with `{name}` placeholders filled in. */
export function t(id: StringId, values: Record<string, string | number> = {}): string {
  return (strings[id] as string).replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}
