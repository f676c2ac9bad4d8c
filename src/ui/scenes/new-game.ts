// New game: scenario (summary and length), players (one against a doctrine, or two teams on this device), side and
// opponent doctrine (what it models) or the teams' names, seed (random, shown and editable so a class can share one),
// misperception level, fog of trust, and in hot-seat the decision timer and projector mode. Creates the GameSession
// and opens the briefing.
import { DOCTRINE_SUMMARIES, DOCTRINES, type DoctrineId, type Side, SIDES } from '../../engine/index.js';
import { sideName } from '../panels/format.js';
import { send } from '../shell/shell.js';
import { announce, button, el, radioGroup } from '../dom.js';
import { allScenarios, openScenarioFile, type CatalogueEntry } from '../scenarios.js';
import { projectorField } from '../hotseat/projector.js';
import { TIMER_CHOICES } from '../hotseat/timer.js';
import { GameSession, TEAM_NAME_MAX, teamName, type PlayMode } from '../session.js';
import { t, type StringId } from '../strings.js';
import { SCENES } from './keys.js';
import { OverlayScene } from './overlay-scene.js';

export const SEED_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/** A fresh random seed, short enough to read out to a class. */
export function randomSeed(): string {
  const bytes = new Uint8Array(4);
  crypto.getRandomValues(bytes);
  const n = bytes.reduce((acc, b) => acc * 256 + b, 0);
  return `td-${n.toString(36).padStart(7, '0').slice(0, 7)}`;
}

/** Remembered between visits to the screen in one page (so Back keeps the choices). */
const last: {
  scenario?: string;
  side: Side;
  opponent: DoctrineId;
  seed?: string;
  noise: string;
  mode: PlayMode;
  teams: Record<Side, string>;
  /** The fog checkbox per mode (on in hot-seat, off in single player, unless changed). */
  fog: Record<PlayMode, boolean>;
  timer: string;
} = {
  side: 'nato',
  opponent: 'reciprocator',
  noise: 'scenario',
  mode: 'single',
  teams: { nato: '', russia: '' },
  fog: { single: false, hotseat: true },
  timer: '0',
};

const NOISE_LEVELS = [
  { value: 'scenario', label: 'newGame.noise.scenario', bp: undefined },
  { value: '0', label: 'newGame.noise.none', bp: 0 },
  { value: '500', label: 'newGame.noise.low', bp: 500 },
  { value: '1500', label: 'newGame.noise.medium', bp: 1500 },
  { value: '3000', label: 'newGame.noise.high', bp: 3000 },
] as const satisfies readonly { value: string; label: StringId; bp: number | undefined }[];

export class NewGameScene extends OverlayScene {
  constructor() {
    super(SCENES.newGame);
  }

  protected buildPanel(): HTMLElement {
    const form = el('form', {
      className: 'panel--center panel--wide new-game',
      attrs: { 'aria-labelledby': 'new-game-heading', novalidate: '' },
    });
    const body = el('div', { className: 'panel-body', children: [el('p', { className: 'hint', text: t('newGame.scenario.loading') })] });
    form.append(el('h1', { text: t('newGame.heading'), attrs: { id: 'new-game-heading' } }), body);
    form.addEventListener('submit', (event) => event.preventDefault());
    // Enter in a choice or a text field starts the game (registered once: fill runs again when a file is opened).
    form.addEventListener('keydown', (event) => {
      if (
        event.key === 'Enter' &&
        event.target instanceof HTMLInputElement &&
        (event.target.type === 'radio' || event.target.type === 'text')
      ) {
        event.preventDefault();
        form.querySelector<HTMLButtonElement>('button[data-primary]')?.click();
      }
    });
    void allScenarios().then(
      (entries) => {
        if (this.panel !== form) return;
        this.fill(form, body, entries);
      },
      (error: unknown) => body.replaceChildren(el('p', { className: 'error', text: String(error) })),
    );
    return form;
  }

  protected override back(): boolean {
    send({ type: 'TITLE' });
    return true;
  }

  /** "Open a scenario file": a teacher's own scenario, checked like the shipped ones; its errors are shown as text. */
  private scenarioFileField(form: HTMLFormElement, body: HTMLElement): HTMLElement {
    const input = el('input', { attrs: { type: 'file', accept: '.json,application/json', id: 'scenario-file' } });
    const report = el('div', { className: 'scenario-file-report', attrs: { role: 'status' } });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return;
      void openScenarioFile(file).then(async (entry) => {
        if (!entry.ok) {
          report.replaceChildren(
            el('p', { className: 'error', text: t('newGame.scenario.broken', { file: entry.file }) }),
            el('pre', { className: 'errors', text: entry.errors.join('\n') }),
          );
          announce(t('newGame.scenarioFile.refused', { file: entry.file }));
          return;
        }
        last.scenario = entry.id;
        this.fill(form, body, await allScenarios());
        announce(t('newGame.scenarioFile.opened', { title: entry.scenario.data.title }));
      });
    });
    return el('div', {
      className: 'scenario-file',
      children: [
        el('label', { text: t('newGame.scenarioFile'), attrs: { for: 'scenario-file' } }),
        input,
        el('p', { className: 'hint', text: t('newGame.scenarioFile.hint') }),
        report,
      ],
    });
  }

  private fill(form: HTMLFormElement, body: HTMLElement, entries: CatalogueEntry[]): void {
    const playable = entries.filter((e): e is Extract<CatalogueEntry, { ok: true }> => e.ok);
    const broken = entries.filter((e): e is Extract<CatalogueEntry, { ok: false }> => !e.ok);
    const noiseHint = (): string => {
      const sc = playable.find((e) => e.id === scenario.value())?.scenario;
      return t('newGame.noise.scenario', { percent: sc ? sc.data.model.misperception / 100 : '?' });
    };
    const scenario = scenarioChoice(playable, () => {
      const first = noise.fieldset.querySelector('.radio-label');
      if (first) first.textContent = noiseHint();
    });
    const { side, opponent } = sideChoices();
    const hotseat = hotseatChoices([side.fieldset, opponent.fieldset]);
    const seed = seedField();
    const noise = noiseChoice(noiseHint());
    const status = el('p', { className: 'status', attrs: { role: 'status' } });
    const start = button(t('newGame.start'), () => {
      if (!seed.validate()) {
        seed.input.focus();
        return;
      }
      const entry = playable.find((e) => e.id === scenario.value());
      if (!entry) return;
      last.scenario = entry.id;
      last.side = side.value();
      last.opponent = opponent.value();
      last.seed = seed.input.value.trim();
      last.noise = noise.value();
      hotseat.remember();
      this.startGame(entry, status);
    });
    start.dataset.primary = '';
    const back = button(t('shell.back'), () => this.back(), { className: 'secondary' });
    hotseat.showMode(last.mode);
    body.replaceChildren(
      ...(playable.length === 0 ? [el('p', { className: 'error', text: t('newGame.scenario.none') })] : []),
      scenario.fieldset,
      this.scenarioFileField(form, body),
      ...broken.map(brokenScenario),
      hotseat.players.fieldset,
      side.fieldset,
      opponent.fieldset,
      hotseat.teams,
      seed.field,
      noise.fieldset,
      hotseat.options,
      hotseat.timer.fieldset,
      status,
      el('div', { className: 'actions', children: [start, back, el('span', { className: 'keys-hint', text: t('shell.escHint') })] }),
    );
    // Focus the first choice now that the form is there (the heading had it while loading).
    if (document.activeElement === document.body || form.contains(document.activeElement)) {
      form.querySelector<HTMLInputElement>('input[name="scenario"]:checked')?.focus();
    }
  }

  /** Starts the game remembered in `last` and opens the briefing, or says why it could not start. */
  private startGame(entry: Extract<CatalogueEntry, { ok: true }>, status: HTMLElement): void {
    const hotseat = last.mode === 'hotseat';
    const level = NOISE_LEVELS.find((l) => l.value === last.noise);
    status.textContent = t('newGame.starting');
    try {
      const session = new GameSession({
        scenario: entry.scenario,
        side: hotseat ? 'nato' : last.side,
        opponent: last.opponent,
        seed: last.seed!,
        noise: level?.bp,
        mode: last.mode,
        teams: hotseat ? { nato: teamName(last.teams.nato, 'nato'), russia: teamName(last.teams.russia, 'russia') } : undefined,
        fog: last.fog[last.mode],
        timerSeconds: hotseat ? Number(last.timer) : undefined,
      });
      // The shell stops the game before it and opens the briefing.
      send({ type: 'STARTED', session });
    } catch (error) {
      status.textContent = t('shell.error.body', { message: error instanceof Error ? error.message : String(error) });
      status.classList.add('error');
    }
  }
}

type Choice<V extends string> = ReturnType<typeof radioGroup<V>>;

/** The shipped and opened scenarios, the remembered one (or the first) chosen. */
function scenarioChoice(playable: Extract<CatalogueEntry, { ok: true }>[], onChange: () => void): Choice<string> {
  const chosenId = playable.some((e) => e.id === last.scenario) ? last.scenario! : (playable[0]?.id ?? '');
  return radioGroup(
    t('newGame.scenario'),
    'scenario',
    playable.map((e) => ({
      value: e.id,
      label: e.scenario.data.title,
      hint: `${e.scenario.data.summary} ${t('newGame.scenario.length', { turns: e.scenario.labels.length, start: e.scenario.data.calendar.start, end: e.scenario.data.calendar.end })}`,
    })),
    chosenId,
    onChange,
  );
}

/** A scenario file that does not load, with its errors as text. */
function brokenScenario(entry: Extract<CatalogueEntry, { ok: false }>): HTMLElement {
  return el('div', {
    className: 'broken-scenario',
    children: [
      el('p', { className: 'error', text: t('newGame.scenario.broken', { file: entry.file }) }),
      el('pre', { className: 'errors', text: entry.errors.join('\n') }),
    ],
  });
}

/** Single player: the player's side and the opponent doctrine (whose legend names the other side). */
function sideChoices(): { side: Choice<Side>; opponent: Choice<DoctrineId> } {
  const opponentLegend = (side: Side): string => t('newGame.opponent', { side: sideName(side === 'nato' ? 'russia' : 'nato') });
  const side = radioGroup(
    t('newGame.side'),
    'side',
    SIDES.map((s) => ({ value: s, label: sideName(s) })),
    last.side,
    (value) => {
      const legend = opponent.fieldset.querySelector('legend');
      if (legend) legend.textContent = opponentLegend(value);
    },
  );
  side.fieldset.querySelectorAll('.radio-label').forEach((label, i) => label.classList.add(i === 0 ? 'side-nato' : 'side-russia'));
  const opponent = radioGroup(
    opponentLegend(last.side),
    'opponent',
    DOCTRINES.map((d) => ({ value: d, label: t(`doctrine.${d}`), hint: DOCTRINE_SUMMARIES[d] })),
    last.opponent,
  );
  return { side, opponent };
}

/** One team's name field, the side's default as its placeholder. */
function teamInput(side: Side): { field: HTMLElement; input: HTMLInputElement } {
  const id = `team-${side}`;
  const input = el('input', {
    attrs: {
      id,
      type: 'text',
      autocomplete: 'off',
      maxlength: String(TEAM_NAME_MAX),
      placeholder: t(`hotseat.team.default.${side}`),
      'aria-describedby': 'team-hint',
    },
  });
  input.value = last.teams[side];
  const label = el('label', { text: t(`hotseat.team.${side}`), attrs: { for: id } });
  label.classList.add(`side-${side}`);
  return { field: el('div', { className: 'field', children: [label, input] }), input };
}

/** Players (one or two teams), the teams' names, the fog of trust, projector mode and the decision timer; `singleOnly` are
 * the single player's own fields (side, opponent), hidden in hot-seat. */
function hotseatChoices(singleOnly: readonly HTMLElement[]) {
  const players = radioGroup<PlayMode>(
    t('hotseat.players'),
    'players',
    [
      { value: 'single', label: t('hotseat.players.single') },
      { value: 'hotseat', label: t('hotseat.players.hotseat'), hint: t('hotseat.players.hotseat.hint') },
    ],
    last.mode,
    (mode) => showMode(mode),
  );
  const teamNato = teamInput('nato');
  const teamRussia = teamInput('russia');
  const teams = el('fieldset', {
    className: 'radio-group team-names',
    children: [
      el('legend', { text: t('hotseat.teams') }),
      teamNato.field,
      teamRussia.field,
      el('p', { className: 'hint', text: t('hotseat.team.hint'), attrs: { id: 'team-hint' } }),
    ],
  });
  const fog = el('input', { attrs: { type: 'checkbox', id: 'fog', 'aria-describedby': 'fog-hint' } });
  fog.addEventListener('change', () => (last.fog[players.value()] = fog.checked));
  const fogField = el('div', {
    className: 'field checkbox',
    children: [
      fog,
      el('label', { text: t('hotseat.fog'), attrs: { for: 'fog' } }),
      el('p', { className: 'hint', text: t('hotseat.fog.hint'), attrs: { id: 'fog-hint' } }),
    ],
  });
  const timer = radioGroup(
    t('timer.choice'),
    'timer',
    TIMER_CHOICES.map((seconds) => ({
      value: String(seconds),
      label: seconds === 0 ? t('timer.off') : seconds === 60 ? t('timer.one') : t('timer.minutes', { n: seconds / 60 }),
    })),
    last.timer,
  );
  timer.fieldset.append(el('p', { className: 'hint', text: t('timer.hint') }));
  const projector = projectorField('new-game-projector');
  const options = el('fieldset', {
    className: 'radio-group',
    children: [el('legend', { text: t('hotseat.options') }), fogField, projector],
  });
  const showMode = (mode: PlayMode): void => {
    const hotseat = mode === 'hotseat';
    for (const field of singleOnly) field.hidden = hotseat;
    teams.hidden = !hotseat;
    timer.fieldset.hidden = !hotseat;
    projector.hidden = !hotseat;
    fog.checked = last.fog[mode];
  };
  const remember = (): void => {
    last.mode = players.value();
    last.teams = { nato: teamNato.input.value, russia: teamRussia.input.value };
    last.fog[last.mode] = fog.checked;
    last.timer = timer.value();
  };
  return { players, teams, options, timer, showMode, remember };
}

/** The seed: random, shown and editable (a class can share one), checked as it is typed. */
function seedField(): { field: HTMLElement; input: HTMLInputElement; validate: () => boolean } {
  const input = el('input', {
    attrs: {
      id: 'seed',
      type: 'text',
      autocomplete: 'off',
      spellcheck: 'false',
      maxlength: '64',
      'aria-describedby': 'seed-hint seed-error',
    },
  });
  input.value = last.seed ?? randomSeed();
  const error = el('p', { className: 'error', attrs: { id: 'seed-error', 'aria-live': 'polite' } });
  const validate = (): boolean => {
    const ok = SEED_PATTERN.test(input.value.trim());
    input.setAttribute('aria-invalid', String(!ok));
    error.textContent = ok ? '' : t('newGame.seed.invalid');
    return ok;
  };
  input.addEventListener('input', validate);
  const reseed = button(
    t('newGame.seed.random'),
    () => {
      input.value = randomSeed();
      validate();
      announce(input.value);
    },
    { className: 'secondary' },
  );
  const field = el('div', {
    className: 'field',
    children: [
      el('label', { text: t('newGame.seed'), attrs: { for: 'seed' } }),
      el('div', { className: 'seed-row', children: [input, reseed] }),
      el('p', { className: 'hint', text: t('newGame.seed.hint'), attrs: { id: 'seed-hint' } }),
      error,
    ],
  });
  return { field, input, validate };
}

/** The misperception level; the first choice names the scenario's own level. */
function noiseChoice(scenarioLevel: string): Choice<string> {
  const noise = radioGroup(
    t('newGame.noise'),
    'noise',
    NOISE_LEVELS.map((level) => ({ value: level.value, label: level.value === 'scenario' ? '' : t(level.label) })),
    last.noise,
  );
  const first = noise.fieldset.querySelector('.radio-label');
  if (first) first.textContent = scenarioLevel;
  noise.fieldset.append(el('p', { className: 'hint', text: t('newGame.noise.hint') }));
  return noise;
}
