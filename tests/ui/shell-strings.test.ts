// The interface string tables merge into one: no area may silently override another's id.
import { describe, expect, it } from 'vitest';
import { debriefStrings } from '../../src/ui/strings/debrief.js';
import { mapStrings } from '../../src/ui/strings/map.js';
import { shellStrings } from '../../src/ui/strings/shell.js';
import { turnStrings } from '../../src/ui/strings/turn.js';

describe('string tables', () => {
  it('have no id in two areas', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [area, table] of Object.entries({ shell: shellStrings, turn: turnStrings, debrief: debriefStrings, map: mapStrings })) {
      for (const id of Object.keys(table)) {
        if (seen.has(id)) clashes.push(`${id}: ${seen.get(id)} and ${area}`);
        seen.set(id, area);
      }
    }
    expect(clashes).toEqual([]);
  });
});
