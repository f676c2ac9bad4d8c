// The public surface of src/scenario: the format (zod schema and types) and the loader.
export * from './schema.js';
export { loadScenario } from './load.js';
export { formatError, formatWarning, MAX_ERRORS, type LoadResult, type ScenarioError } from './errors.js';
export { CALENDAR_MAX_TURNS } from './content-rules.js';
export { LIMITS } from './safe-json.js';
export { FLASHPOINT_STATES, missingStableIds, STABLE_ACTION_SIDES } from './stable-ids.js';
export { scenarioJsonSchema } from './json-schema.js';
export * from './vocabulary.js';
