// The map in a play screen: the panel reserves a transparent box; the MapView (map helper) draws under it on the
// canvas, in the same place. The box is measured on mount and on resize (debounced), never per frame.
import type { CompiledScenario, Side, WorldState } from '../../engine/index.js';
import type { Phaser } from '../phaser.js';
import { el } from '../dom.js';
import { t } from '../strings.js';
import { loadGeography, type MapRect, type PlaceId } from '../map/geography.js';
import { MapView } from '../map/map-view.js';

/**
 * The place on the map an action concerns, for a pulse when it is revealed, as the scenario's `map` says: an exact id
 * wins over a prefix ("transnistria.*"), a longer prefix over a shorter one, and an action no place claims shows at its
 * side's capital. Null when the scenario has no map block (its map has no places).
 */
export function placeOfAction(sc: CompiledScenario, id: string, side: Side): PlaceId | null {
  const map = sc.data.map;
  let best: PlaceId | null = null;
  let bestLength = -1;
  for (const place of map?.places ?? []) {
    for (const pattern of place.actions) {
      const length = pattern === id ? Infinity : pattern.endsWith('*') && id.startsWith(pattern.slice(0, -1)) ? pattern.length : -1;
      if (length > bestLength) {
        best = place.id;
        bestLength = length;
      }
    }
  }
  return best ?? map?.capitals[side] ?? null;
}

export class MapSlot {
  readonly root: HTMLElement;
  private view: MapView | null = null;
  private world: WorldState | null = null;
  private rectKey = '';
  private timer: number | null = null;
  private disposed = false;
  private observer: ResizeObserver | null = null;
  private readonly onResize = (): void => {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = null;
      this.layout();
    }, 150);
  };

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly sc: CompiledScenario,
  ) {
    this.root = el('div', { className: 'td-map', attrs: { role: 'img', 'aria-label': t('map.loading') } });
    window.addEventListener('resize', this.onResize);
    // The box also changes without a window resize (a banner above the screen, a new text size): measured again then.
    if (typeof ResizeObserver === 'function') {
      this.observer = new ResizeObserver(this.onResize);
      this.observer.observe(this.root);
    }
  }

  /** Call once the panel is in the document. */
  layout(): void {
    if (this.disposed || !this.root.isConnected) return;
    const box = this.root.getBoundingClientRect();
    const rect: MapRect = { x: Math.round(box.left), y: Math.round(box.top), width: Math.round(box.width), height: Math.round(box.height) };
    if (rect.width < 40 || rect.height < 40) return;
    const key = `${rect.x},${rect.y},${rect.width},${rect.height}`;
    if (key === this.rectKey) return;
    this.rectKey = key;
    const map = this.sc.data.map;
    loadGeography(rect, map).then(
      (geo) => {
        if (this.disposed || key !== this.rectKey) return;
        this.view?.destroy();
        this.view = new MapView(this.scene, rect, geo, map);
        if (this.world) this.show(this.world);
      },
      () => this.root.setAttribute('aria-label', t('map.loadFailed')),
    );
  }

  show(world: WorldState): void {
    this.world = world;
    if (!this.view) return;
    this.view.update(world);
    this.root.setAttribute('aria-label', this.view.describe(world));
  }

  pulse(place: PlaceId | null): void {
    if (place !== null) this.view?.pulse(place);
  }

  destroy(): void {
    this.disposed = true;
    window.removeEventListener('resize', this.onResize);
    this.observer?.disconnect();
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.view?.destroy();
    this.view = null;
  }
}
