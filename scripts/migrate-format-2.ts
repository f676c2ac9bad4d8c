// Converts scenario files of format 1 (the first model) to format 2 (Model v2) in place, with neutral defaults that
// the author should then review: each trust split into the two areas, each action given an area, the hidden types'
// prior and hazard, the payoffs, and the new model numbers. Usage: npm run migrate -- FILE.json [FILE.json …]
// Files that are not format 1, or whose parts are not in the expected shape, are left as they are (part by part).
import { readFileSync, writeFileSync } from 'node:fs';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const clampBp = (n: number): number => Math.max(100, Math.min(9900, n));

/** The area of an action by its family: practical cooperation on the common threats, or the order in Europe. */
export function areaOfId(id: string): 'practical' | 'order' {
  return id.startsWith('coop.') || id.startsWith('nrc.') ? 'practical' : 'order';
}

/** A v1 trust (one number) as v2 beliefs: practical matters a little warmer, the order a little colder. */
function splitTrust(value: unknown): unknown {
  if (typeof value !== 'number') return value;
  return { practical: clampBp(value + 1000), order: clampBp(value - 500) };
}

const DEFAULT_PAYOFFS = {
  partner: { practical: { R: 5, T: 3, P: 1, S: 0 }, order: { R: 9, T: 4, P: 2, S: -4 } },
  adversary: { practical: { R: 4, T: 5, P: 1, S: 0 }, order: { R: 4, T: 8, P: 1, S: -4 } },
  why: 'Defaults of the format 2 migration: a partner prefers mutual cooperation (an assurance game), an adversary prefers to exploit (a prisoner’s dilemma), in both areas (Kydd).',
};

function migrateEffects(effects: unknown): void {
  if (!isObject(effects) || !isObject(effects.trust)) return;
  const trust = effects.trust;
  for (const side of ['nato', 'russia']) {
    if (Array.isArray(trust[side])) trust[side] = { order: trust[side] };
  }
}

export function migrate(data: Json): Json {
  if (data.format !== 1) return data;
  data.format = 2;
  const initial = data.initial;
  const trust = isObject(initial) && isObject(initial.trust) ? initial.trust : undefined;
  if (trust) for (const side of ['nato', 'russia']) if (side in trust) trust[side] = splitTrust(trust[side]);
  const model = isObject(data.model) ? data.model : undefined;
  const misreadLr = model?.misreadLr;
  if (model) {
    delete model.misreadLr;
    const { why, ...rest } = model;
    Object.assign(model, rest, { maxFactorPerTurn: 3, misreadFloor: 2500, provocation: [3, 4], forgiveness: 3333 });
    delete model.why;
    if (why !== undefined) model.why = why;
  }
  const prior = (side: string): unknown => (trust && isObject(trust[side]) ? { ...trust[side] } : { practical: 5000, order: 4000 });
  const entries = Object.entries(data);
  const rebuilt: Json = {};
  for (const [key, value] of entries) {
    rebuilt[key] = value;
    if (key === 'model') {
      rebuilt.types = {
        prior: { nato: prior('russia'), russia: prior('nato') },
        hazard: 500,
        why: 'Defaults of the format 2 migration: each side is a partner with the chance the other side first believes, and its type is redrawn with 5 % a half-year.',
      };
      rebuilt.payoffs = DEFAULT_PAYOFFS;
    }
  }
  if (Array.isArray(rebuilt.actions)) {
    for (const action of rebuilt.actions) {
      if (!isObject(action) || typeof action.id !== 'string') continue;
      const { id, ...rest } = action;
      for (const k of Object.keys(action)) delete action[k];
      const ordered: Json = { id };
      for (const [k, v] of Object.entries(rest)) {
        if (k === 'lr') ordered.area = areaOfId(id);
        // a reserved key is kept as data (the loader refuses it with its path), never as a prototype
        Object.defineProperty(ordered, k, { value: v, enumerable: true, writable: true, configurable: true });
      }
      if (!('area' in ordered)) ordered.area = areaOfId(id);
      // v1 read every ambiguous neutral move by the model's misreading ratio: keep that reading, now declared.
      if (
        ordered.stance === 'neutral' &&
        typeof ordered.ambiguity === 'number' &&
        ordered.ambiguity > 0 &&
        !ordered.misread &&
        Array.isArray(misreadLr)
      ) {
        ordered.misread = { as: 'a hostile move', lr: misreadLr };
      }
      Object.assign(action, ordered);
      migrateEffects(action.effects);
    }
  }
  const events = isObject(rebuilt.events) ? rebuilt.events : undefined;
  for (const list of [events?.scheduled, events?.random]) {
    if (Array.isArray(list)) for (const e of list) if (isObject(e)) migrateEffects(e.effects);
  }
  const flashpoints = isObject(rebuilt.flashpoints) ? rebuilt.flashpoints : undefined;
  if (flashpoints && isObject(flashpoints.transnistria)) migrateEffects(flashpoints.transnistria.settledEffects);
  const outcomes = isObject(rebuilt.outcomes) ? rebuilt.outcomes : undefined;
  if (outcomes && !('selectiveTrust' in outcomes)) {
    const { why, ...rest } = outcomes;
    for (const k of Object.keys(outcomes)) delete outcomes[k];
    Object.assign(outcomes, rest, { selectiveTrust: 4000 });
    if (why !== undefined) outcomes.why = why;
  }
  return rebuilt;
}

if (process.argv[1]?.endsWith('migrate-format-2.ts')) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: npm run migrate -- FILE.json [FILE.json …]');
    process.exit(2);
  }
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      console.error(`${file}: not JSON, left as it is`);
      continue;
    }
    if (!isObject(data) || data.format !== 1) {
      console.error(`${file}: not format 1, left as it is`);
      continue;
    }
    writeFileSync(file, `${JSON.stringify(migrate(data), null, 2)}\n`);
    console.log(`${file}: migrated to format 2`);
  }
}
