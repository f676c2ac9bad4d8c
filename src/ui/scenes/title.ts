// Title: new game, continue (autosave), open a replay (code, link or file), about the sources, settings.
// Kept light: the engine, scenarios and storage code load on demand, so the menu is interactive at once.
import { Phaser } from '../phaser.js';
import { addressField } from '../deploy/address-field.js';
import { announce, arrowNavigation, button, el, focusInitial, radioGroup } from '../dom.js';
import { projectorField } from '../hotseat/projector.js';
import { saveSettings, TEXT_SCALES } from '../settings.js';
import { t } from '../strings.js';
import { currentSettings, send } from '../shell/shell.js';
import { positionOf } from '../shell/screens.js';
import { SCENES } from './keys.js';
import { markReady } from '../panels/test-hook.js';
import { prefetchScenes } from './navigation.js';
import { OverlayScene } from './overlay-scene.js';

type View = 'menu' | 'about' | 'settings' | 'replay';

export interface TitleData {
  /** The page's `#replay=…` address: open that replay at once. */
  replayLink?: string;
  /** A message to show (e.g. a storage error from another screen). */
  message?: string;
}

export class TitleScene extends OverlayScene<TitleData> {
  private view: View = 'menu';
  private status: HTMLElement | null = null;
  private continueButton: HTMLButtonElement | null = null;
  private busy = false;

  constructor() {
    super(SCENES.title);
  }

  protected override draw(): void {
    drawBackdrop(this);
    const redraw = (): void => drawBackdrop(this);
    this.scale.on(Phaser.Scale.Events.RESIZE, redraw);
    this.onShutdown(() => this.scale.off(Phaser.Scale.Events.RESIZE, redraw));
  }

  protected buildPanel(data: TitleData): HTMLElement {
    this.view = 'menu';
    if (/^#console\b/.test(location.hash)) return this.consoleWindowPanel();
    const panel = this.menuPanel(data.message);
    if (data.replayLink) queueMicrotask(() => void this.openReplayLink(data.replayLink!));
    markReady();
    // After the menu is interactive: load what the next screens need, in the background.
    window.setTimeout(() => {
      void this.checkAutosave();
      // The teacher's console (its key, Ctrl+Shift+X, and the channel to a console in a second window).
      void import('../console/controller.js').then((c) => c.installConsole()).catch(() => undefined);
      prefetchScenes(this.game, [SCENES.newGame, SCENES.briefing]);
    }, 0);
    return panel;
  }

  /** The page at `#console`: the teacher's console in a second window, and nothing of the game. */
  private consoleWindowPanel(): HTMLElement {
    const panel = el('section', { className: 'panel--center console-window', children: [el('p', { text: t('shell.loading') })] });
    markReady();
    void import('../console/window.js').then(
      (m) => this.onShutdown(m.mountConsoleWindow(panel)),
      (error: unknown) => panel.replaceChildren(el('p', { className: 'error', text: String(error) })),
    );
    return panel;
  }

  protected override back(): boolean {
    if (this.view === 'menu') return false;
    this.showView('menu');
    return true;
  }

  protected override onKey(event: KeyboardEvent): boolean {
    if (this.view !== 'menu' || !this.panel) return false;
    const index = Number(event.key);
    if (!Number.isInteger(index) || index < 1) return false;
    const items = this.panel.querySelectorAll<HTMLButtonElement>('.menu button');
    const item = items[index - 1];
    if (!item) return false;
    item.focus();
    item.click();
    return true;
  }

  private showView(view: View, focusId?: string): void {
    const from = this.view;
    this.view = view;
    const panel =
      view === 'menu'
        ? this.menuPanel()
        : view === 'about'
          ? this.aboutPanel()
          : view === 'settings'
            ? this.settingsPanel()
            : this.replayPanel();
    this.mount(panel);
    if (view === 'menu' && from !== 'menu') {
      // Back on the menu: focus the item that opened the sub-view.
      const opener = panel.querySelector<HTMLElement>(`[data-view="${focusId ?? from}"]`);
      if (opener) opener.focus();
      void this.checkAutosave();
    }
  }

  private menuPanel(message?: string): HTMLElement {
    const heading = el('h1', { text: t('app.title'), className: 'title-heading', attrs: { id: 'title-heading' } });
    const tagline = el('p', { text: t('app.tagline'), className: 'tagline' });
    const list = el('ul', { className: 'menu', attrs: { role: 'list' } });
    const item = (key: string, label: string, hint: string, onPress: () => void, view?: View): HTMLButtonElement => {
      const hintId = `hint-${key}`;
      const b = button(label, onPress, { className: 'menu-item' });
      b.prepend(el('span', { className: 'key-badge', text: String(list.children.length + 1), attrs: { 'aria-hidden': 'true' } }));
      b.setAttribute('aria-describedby', hintId);
      b.setAttribute('aria-keyshortcuts', String(list.children.length + 1));
      if (view) b.dataset.view = view;
      list.append(el('li', { children: [b, el('span', { className: 'menu-hint', text: hint, attrs: { id: hintId } })] }));
      return b;
    };
    const newGame = item('new', t('title.newGame'), t('title.newGame.hint'), () => send({ type: 'NEW_GAME' }));
    newGame.dataset.autofocus = '';
    this.continueButton = item('continue', t('title.continue'), t('title.continue.checking'), () => void this.continueGame(), undefined);
    this.continueButton.setAttribute('aria-disabled', 'true');
    item('replay', t('title.replay'), t('title.replay.hint'), () => this.showView('replay'), 'replay');
    item('about', t('title.about'), t('title.about.hint'), () => this.showView('about'), 'about');
    item('settings', t('title.settings'), t('title.settings.hint'), () => this.showView('settings'), 'settings');
    item('classBoard', t('title.classBoard'), t('title.classBoard.hint'), () => send({ type: 'CLASS_BOARD' }));
    item('roleCards', t('title.roleCards'), t('title.roleCards.hint'), () => send({ type: 'ROLE_CARDS' }));
    item('kit', t('title.kit'), t('title.kit.hint'), () => send({ type: 'LESSON_KIT' }));
    arrowNavigation(list, 'button');
    this.status = el('p', { className: 'status', attrs: { role: 'status' }, text: message ?? '' });
    const keys = el('p', { className: 'keys-hint', text: `${t('title.keys')} ${t('console.titleHint', { key: t('console.key') })}` });
    const nav = el('nav', { attrs: { 'aria-label': t('title.menu') }, children: [list] });
    return el('section', {
      className: 'panel--center title-panel',
      attrs: { 'aria-labelledby': 'title-heading' },
      children: [heading, tagline, nav, this.status, keys],
    });
  }

  private subPanel(view: View, heading: string, ...content: Node[]): HTMLElement {
    const id = `${view}-heading`;
    const back = button(t('shell.back'), () => this.showView('menu'), { className: 'secondary' });
    const footer = el('div', { className: 'actions', children: [back, el('span', { className: 'keys-hint', text: t('shell.escHint') })] });
    return el('section', {
      className: 'panel--center',
      attrs: { 'aria-labelledby': id },
      children: [el('h1', { text: heading, attrs: { id } }), el('div', { className: 'panel-body', children: content }), footer],
    });
  }

  private setStatus(text: string, kind: 'info' | 'error' = 'info'): void {
    if (this.status) {
      this.status.textContent = text;
      this.status.classList.toggle('error', kind === 'error');
    }
    announce(text);
  }

  private async checkAutosave(): Promise<void> {
    const target = this.continueButton;
    if (!target) return;
    const hint = target.parentElement?.querySelector('.menu-hint');
    try {
      const [storage, { saveSummary }, catalogue] = await Promise.all([
        import('../storage.js'),
        import('../save-summary.js'),
        import('../scenarios.js'),
      ]);
      const saved = storage.readAutosave();
      if (target !== this.continueButton) return;
      if (saved.ok) {
        target.removeAttribute('aria-disabled');
        const sc = await catalogue.findScenario(saved.value.replay.scenario).catch(() => null);
        if (target !== this.continueButton) return;
        const summary = saveSummary(saved.value, sc ? { title: sc.data.title, total: sc.labels.length } : null);
        if (hint) hint.textContent = t('title.continue.hint', { summary });
      } else {
        target.setAttribute('aria-disabled', 'true');
        if (hint) hint.textContent = saved.error.kind === 'none' ? t('title.continue.none') : saved.error.message;
      }
    } catch (error) {
      if (hint) hint.textContent = t('shell.error.body', { message: String(error) });
    }
  }

  private async continueGame(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const [storage, catalogue] = await Promise.all([import('../storage.js'), import('../scenarios.js')]);
      // Every save is re-simulated; one that does not verify is refused, and the slot before it is kept and offered.
      const restored = await storage.restoreAutosave((id) => catalogue.findScenario(id));
      if (!restored.ok) return this.setStatus(restored.error.message, 'error');
      const { session, skipped } = restored.value;
      if (skipped) {
        session.stop();
        this.setStatus(t('storage.restore.older', { reason: skipped.message, turn: session.context.history.length + 1 }), 'error');
        return void this.checkAutosave();
      }
      // The shell stops the game before it and opens the screen the restored game is at.
      send({ type: 'RESUMED', session, at: positionOf(session), restored: true });
    } catch (error) {
      this.setStatus(t('shell.error.body', { message: error instanceof Error ? error.message : String(error) }), 'error');
    } finally {
      this.busy = false;
    }
  }

  private async openReplayLink(link: string): Promise<void> {
    const input = await import('../replay-input.js');
    const code = input.replayCodeInLocation(link);
    const result = input.replayFromText(code ?? '');
    if (result.ok) {
      send({ type: 'OPEN_REPLAY', replay: result.replay });
      return;
    }
    this.setStatus(t('shell.replay.error.link', { reason: result.message }), 'error');
  }

  private replayPanel(): HTMLElement {
    const status = el('p', { className: 'status', attrs: { role: 'status' } });
    const fail = (message: string): void => {
      status.textContent = message;
      status.classList.add('error');
      announce(message);
    };
    const open = (result: { ok: true; replay: unknown } | { ok: false; message: string }): void => {
      if (result.ok) send({ type: 'OPEN_REPLAY', replay: result.replay });
      else fail(result.message);
    };
    const codeId = 'replay-code';
    const code = el('textarea', {
      attrs: { id: codeId, rows: '3', spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'replay-code-hint', maxlength: '8000' },
    });
    code.dataset.autofocus = '';
    const openCode = button(t('shell.replay.openCode'), () => {
      status.textContent = t('shell.replay.opening');
      void import('../replay-input.js').then(
        (input) => open(input.replayFromText(code.value)),
        (error: unknown) => fail(String(error)),
      );
    });
    code.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        openCode.click();
      }
    });
    const file = el('input', { attrs: { id: 'replay-file', type: 'file', accept: '.json,application/json' } });
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      if (!chosen) return;
      status.textContent = t('shell.replay.opening');
      void import('../replay-input.js').then(
        async (input) => open(await input.replayFromFile(chosen)),
        (error: unknown) => fail(String(error)),
      );
    });
    const panel = this.subPanel(
      'replay',
      t('shell.replay.heading'),
      el('label', { text: t('shell.replay.code'), attrs: { for: codeId } }),
      el('p', { className: 'hint', text: t('shell.replay.code.hint'), attrs: { id: 'replay-code-hint' } }),
      code,
      el('div', { className: 'actions', children: [openCode] }),
      el('label', { text: t('shell.replay.file'), attrs: { for: 'replay-file' } }),
      file,
      status,
    );
    return panel;
  }

  private settingsPanel(): HTMLElement {
    const current = currentSettings();
    const status = el('p', { className: 'status', attrs: { role: 'status' } });
    const motion = el('input', { attrs: { type: 'checkbox', id: 'setting-motion', 'aria-describedby': 'setting-motion-hint' } });
    motion.checked = current.reducedMotion;
    motion.dataset.autofocus = '';
    const store = (next: typeof current): void => {
      const problem = saveSettings(next);
      status.textContent = problem ? t('settings.notSaved', { reason: problem }) : t('settings.saved');
      announce(status.textContent);
    };
    motion.addEventListener('change', () => store({ ...currentSettings(), reducedMotion: motion.checked }));
    const size = radioGroup(
      t('settings.textSize'),
      'text-size',
      TEXT_SCALES.map((scale) => ({ value: String(scale), label: t('settings.textSize.option', { percent: Math.round(scale * 100) }) })),
      String(current.textScale),
      (value) => store({ ...currentSettings(), textScale: Number(value) }),
    );
    return this.subPanel(
      'settings',
      t('settings.heading'),
      el('div', {
        className: 'field checkbox',
        children: [
          motion,
          el('label', { text: t('settings.motion'), attrs: { for: 'setting-motion' } }),
          el('p', { className: 'hint', text: t('settings.motion.hint'), attrs: { id: 'setting-motion-hint' } }),
        ],
      }),
      size.fieldset,
      projectorField('setting-projector', (problem) => {
        status.textContent = problem ? t('settings.notSaved', { reason: problem }) : t('settings.saved');
        announce(status.textContent);
      }),
      addressField(),
      status,
    );
  }

  private aboutPanel(): HTMLElement {
    const list = el('div', { className: 'sources', children: [el('p', { className: 'hint', text: t('about.loadingSources') })] });
    const here = el('div');
    const panel = this.subPanel(
      'about',
      t('about.heading'),
      el('p', { text: t('about.body1') }),
      el('p', { text: t('about.body2') }),
      el('p', { text: t('about.body3') }),
      here,
      list,
    );
    // Where this copy runs and what works there (offline, the luck replays, the console's window, autosave).
    void import('../deploy/about-here.js').then(({ aboutHere }) => {
      if (this.view !== 'about') return;
      const { section, stop } = aboutHere();
      here.replaceChildren(section);
      this.onShutdown(stop);
    });
    void import('../scenarios.js')
      .then((catalogue) => catalogue.loadCatalogue())
      .then((entries) => {
        const sections: Node[] = [];
        for (const entry of entries) {
          if (!entry.ok) continue;
          const items = entry.scenario.data.sources.map((source) => el('li', { text: source.cite }));
          sections.push(
            el('h2', { text: t('about.scenarioSources', { title: entry.scenario.data.title }) }),
            el('ul', { children: items }),
          );
        }
        list.replaceChildren(...sections);
      })
      .catch((error: unknown) => list.replaceChildren(el('p', { className: 'error', text: String(error) })));
    return panel;
  }

  /** Focus back to the menu's first item (used by tests and by the Back buttons). */
  focusMenu(): void {
    if (this.panel) focusInitial(this.panel);
  }
}

/** A quiet backdrop: a graticule and the two sides' colour bands (decorative; the canvas is aria-hidden). */
function drawBackdrop(scene: Phaser.Scene): void {
  const existing = scene.children.getByName('backdrop');
  existing?.destroy();
  const { width, height } = scene.scale;
  const g = scene.add.graphics({ x: 0, y: 0 }).setName('backdrop');
  g.lineStyle(1, 0x334155, 0.6);
  for (let x = 0; x < width; x += 64) g.lineBetween(x, 0, x, height);
  for (let y = 0; y < height; y += 64) g.lineBetween(0, y, width, y);
  g.fillStyle(0x2563eb, 0.85);
  g.fillRect(0, 0, width / 2, 6);
  g.fillStyle(0xdc2626, 0.85);
  g.fillRect(width / 2, 0, width - width / 2, 6);
}
