// The scenario catalogue: scenario files are loaded lazily (each its own chunk), validated, compiled and cached.
// A broken scenario is kept in the list with its errors, shown as text.
import { loadAndCompile, type CompiledScenario } from '../engine/index.js';
import { formatError } from '../scenario/index.js';

const sources = import.meta.glob<string>(['../../scenarios/*.json', '!../../scenarios/*.schema.json'], {
  query: '?raw',
  import: 'default',
});

export type CatalogueEntry =
  { ok: true; file: string; id: string; scenario: CompiledScenario } | { ok: false; file: string; errors: string[] };

/** The order scenarios are offered in: the tutorial first, then the full campaign, then the rest by file name. */
const PREFERRED = ['tutorial.json', 'reset-2010.json'];

const fileOf = (path: string): string => path.split('/').pop() ?? path;

/** Validates and compiles one scenario text; exported for tests and for scenarios opened from a file. */
export function entryFromText(text: string, file: string): CatalogueEntry {
  try {
    const loaded = loadAndCompile(text, file);
    if (!loaded.ok) return { ok: false, file, errors: loaded.errors.map(formatError) };
    return { ok: true, file, id: loaded.value.id, scenario: loaded.value };
  } catch (error) {
    return { ok: false, file, errors: [`${file}: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

let catalogue: Promise<CatalogueEntry[]> | null = null;

/** Every scenario shipped with the game, loaded once. */
export function loadCatalogue(): Promise<CatalogueEntry[]> {
  catalogue ??= Promise.all(
    Object.entries(sources).map(async ([path, load]): Promise<CatalogueEntry> => {
      const file = fileOf(path);
      try {
        return entryFromText(await load(), file);
      } catch (error) {
        return { ok: false, file, errors: [`${file}: ${error instanceof Error ? error.message : String(error)}`] };
      }
    }),
  ).then((entries) =>
    entries.sort((a, b) => {
      const rank = (e: CatalogueEntry): number => (PREFERRED.includes(e.file) ? PREFERRED.indexOf(e.file) : PREFERRED.length);
      return rank(a) - rank(b) || a.file.localeCompare(b.file);
    }),
  );
  return catalogue;
}

/** Scenarios a teacher opened from a file in this page: offered with the shipped ones until the page is closed. */
const opened: CatalogueEntry[] = [];

/** The largest scenario file read from disk; the loader refuses larger texts anyway, with a message. */
export const MAX_SCENARIO_FILE_BYTES = 1_048_576;

/** Reads, validates and compiles a scenario file; a playable one joins the catalogue (replacing one of the same id). */
export async function openScenarioFile(file: File): Promise<CatalogueEntry> {
  if (file.size > MAX_SCENARIO_FILE_BYTES + 1024) {
    return {
      ok: false,
      file: file.name,
      errors: [`${file.name}: the file is ${file.size} bytes; a scenario has at most ${MAX_SCENARIO_FILE_BYTES}`],
    };
  }
  const entry = entryFromText(await file.text(), file.name);
  if (entry.ok) {
    const shipped = (await loadCatalogue()).some((e) => e.ok && e.id === entry.id);
    if (shipped)
      return {
        ok: false,
        file: file.name,
        errors: [`${file.name}: $.id: "${entry.id}" is the id of a scenario shipped with the game; give yours another id`],
      };
    const at = opened.findIndex((e) => e.ok && e.id === entry.id);
    if (at >= 0) opened.splice(at, 1);
    opened.unshift(entry);
  }
  return entry;
}

/** The shipped scenarios and those opened from files, the opened ones first. */
export async function allScenarios(): Promise<CatalogueEntry[]> {
  return [...opened, ...(await loadCatalogue())];
}

/** A playable scenario by id, or null. */
export async function findScenario(id: string): Promise<CompiledScenario | null> {
  const entries = await allScenarios();
  for (const entry of entries) if (entry.ok && entry.id === id) return entry.scenario;
  return null;
}
