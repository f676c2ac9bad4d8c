// The JSON Schema of the scenario format, generated from the zod schema so that editors can validate as teachers type.
import { z } from 'zod';
import { Scenario } from './schema.js';

/** JSON Schema (draft 2020-12) of a scenario file; committed as scenarios/scenario.schema.json. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Scenario, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    title: 'Trust Deficit scenario',
    description:
      'A scenario file for Trust Deficit: calendar, starting trust, actions, projects, flashpoints, events and outcomes. ' +
      'Format documented in docs/MECHANICS.md; the loader also checks cross-references (ids, sources, turns, sides).',
    ...rest,
  };
}
