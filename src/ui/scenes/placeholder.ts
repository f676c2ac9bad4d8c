// Stands in for a screen whose module does not exist yet (during development).
import { button, el } from '../dom.js';
import { t } from '../strings.js';
import { SCENES } from './keys.js';
import { OverlayScene, panelWithHeading } from './overlay-scene.js';

export class PlaceholderScene extends OverlayScene {
  constructor(key: string) {
    super(key);
  }

  protected buildPanel(): HTMLElement {
    const { panel, body } = panelWithHeading(this.sys.settings.key);
    body.append(
      el('p', { text: t('shell.notBuilt') }),
      button(t('shell.back'), () => this.back()),
    );
    return panel;
  }

  protected override back(): boolean {
    this.go(SCENES.title);
    return true;
  }
}
