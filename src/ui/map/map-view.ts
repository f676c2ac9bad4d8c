// The map of the turn scene: a static layer drawn once into a canvas texture, and markers, links and outlines that follow the world state.
import type { Phaser } from '../phaser.js';
import type { WorldState } from '../../engine/index.js';
import { currentSettings } from '../shell/shell.js';
import { t } from '../strings.js';
import { placeById, type CountryShape, type Geography, type MapRect, type Place, type PlaceId } from './geography.js';
import {
  describeMap,
  mapStateOf,
  type CountryTone,
  type Icon,
  type MapBlock,
  type MapState,
  type MarkerState,
  type Tone,
} from './map-state.js';
import { nearestPoint, type Box, type Obstacle, type Placement } from './label-placer.js';
import { CHANNEL_ID, councilCurve, ICON_HALF, layoutMapLabels, PAD_X, PAD_Y } from './label-layout.js';
import { FONT, PLATE_RGB, TEXT, TONE_CSS, TONE_RGB } from './palette.js';
import { drawStaticLayer, labelFontSize, measureStaticLayer } from './static-layer.js';

export interface MapViewOptions {
  /** Read at every change: true turns animations into instant state changes. Defaults to the app setting. */
  reducedMotion?: () => boolean;
  /** Depth of the lowest layer; the view uses this and the next five. */
  depth?: number;
}

/**
 * Where the labels sat, per layout (the map's rectangle and font size): kept for the life of the page, so that from one
 * turn to the next (a new map view each screen) a label stays where it was while it still fits.
 */
const placedByLayout = new Map<string, Map<string, Placement>>();

const RINGS_PER_MARKER = 3;
const DARK = 0x0b1520;

interface MarkerView {
  place: Place;
  x: number;
  y: number;
  icon: Phaser.GameObjects.Graphics;
  rings: Phaser.GameObjects.Graphics[];
  nextRing: number;
  plate: Phaser.GameObjects.Graphics;
  name: Phaser.GameObjects.Text;
  status: Phaser.GameObjects.Text;
  state: MarkerState | null;
  alarm: Phaser.Tweens.Tween | null;
  /** Whether the status line is shown (the placer may drop it for lack of room). */
  placed: 'full' | 'short' | 'hidden';
}

let textureCount = 0;

type Graphics = Phaser.GameObjects.Graphics;

/** The dark outline every icon sits on, `w` wider than its stroke. */
const outline = (g: Graphics, w: number): void => {
  g.lineStyle(w + 2.5, DARK, 0.9);
};

function diamond(g: Graphics, r: number): void {
  g.beginPath();
  g.moveTo(0, -r);
  g.lineTo(r, 0);
  g.lineTo(0, r);
  g.lineTo(-r, 0);
  g.closePath();
}

function triangle(g: Graphics, r: number): void {
  g.beginPath();
  g.moveTo(0, -r);
  g.lineTo(r * 0.95, r * 0.7);
  g.lineTo(-r * 0.95, r * 0.7);
  g.closePath();
}

function hull(g: Graphics): void {
  g.beginPath();
  g.moveTo(-9, -1);
  g.lineTo(9, -1);
  g.lineTo(6, 5);
  g.lineTo(-6, 5);
  g.closePath();
}

/** A missile defence site: an outlined diamond while planned, a mark when committed, bars when paused, filled and ringed when live. */
function drawSite(g: Graphics, c: number, icon: Icon): void {
  diamond(g, 8);
  if (icon === 'site-live') {
    g.fillStyle(c, 1).fillPath();
    outline(g, 0);
    g.strokePath();
    g.lineStyle(2, c, 1).strokeCircle(0, 0, 12);
  } else {
    outline(g, 2);
    g.strokePath();
    diamond(g, 8);
    g.lineStyle(2, c, 1).strokePath();
  }
  if (icon === 'site-committed') g.fillStyle(c, 1).fillRect(-2.5, -2.5, 5, 5);
  if (icon === 'site-paused') {
    g.fillStyle(c, 1).fillRect(-3.5, -3.5, 2.2, 7);
    g.fillRect(1.3, -3.5, 2.2, 7);
  }
}

function drawExclave(g: Graphics, c: number, icon: Icon): void {
  triangle(g, 9);
  outline(g, 2);
  g.strokePath();
  triangle(g, 9);
  if (icon === 'exclave-armed') {
    g.fillStyle(c, 1).fillPath();
    g.fillStyle(DARK, 1).fillRect(-1.2, -4, 2.4, 5);
    g.fillRect(-1.2, 2.4, 2.4, 2.2);
  } else {
    g.lineStyle(2, c, 1).strokePath();
  }
}

function drawShip(g: Graphics, c: number, icon: Icon): void {
  hull(g);
  outline(g, 2);
  g.strokePath();
  hull(g);
  if (icon === 'ship-patrol') {
    g.fillStyle(c, 1).fillPath();
    g.fillRect(-1, -8, 2, 7);
    g.lineStyle(2, c, 1).strokeCircle(0, 0, 14);
  } else {
    g.lineStyle(2, c, 1).strokePath();
  }
}

function drawHub(g: Graphics, c: number, icon: Icon): void {
  g.fillStyle(DARK, 1).fillRect(-7, -7, 14, 14);
  if (icon === 'hub-active') g.fillStyle(c, 1).fillRect(-5, -5, 10, 10);
  else g.lineStyle(2, c, 1).strokeRect(-5, -5, 10, 10);
}

/** How each icon is drawn in colour `c`, centred on the origin. */
const ICONS: Record<Icon, (g: Graphics, c: number, icon: Icon) => void> = {
  capital: (g, c) => {
    g.fillStyle(DARK, 1).fillCircle(0, 0, 6.5);
    g.fillStyle(c, 1).fillCircle(0, 0, 4.5);
    g.fillStyle(DARK, 1).fillCircle(0, 0, 1.6);
  },
  'site-planned': drawSite,
  'site-committed': drawSite,
  'site-paused': drawSite,
  'site-live': drawSite,
  exclave: drawExclave,
  'exclave-armed': drawExclave,
  frozen: (g, c) => {
    g.fillStyle(DARK, 0.9).fillCircle(0, 0, 9);
    g.lineStyle(2, c, 1);
    for (let i = 0; i < 3; i++) {
      const a = (i * Math.PI) / 3;
      g.lineBetween(-7 * Math.cos(a), -7 * Math.sin(a), 7 * Math.cos(a), 7 * Math.sin(a));
    }
  },
  mediation: (g, c) => {
    g.fillStyle(DARK, 0.9).fillCircle(0, 0, 10);
    g.lineStyle(2, c, 1).strokeCircle(-3, 0, 5.5);
    g.strokeCircle(3, 0, 5.5);
  },
  settled: (g, c) => {
    g.fillStyle(DARK, 1).fillCircle(0, 0, 9.5);
    g.fillStyle(c, 1).fillCircle(0, 0, 8);
    g.lineStyle(2.4, DARK, 1);
    g.beginPath();
    g.moveTo(-4, 0);
    g.lineTo(-1, 3.5);
    g.lineTo(4.5, -3.5);
    g.strokePath();
  },
  fleet: (g, c) => {
    g.fillStyle(DARK, 1).fillRect(-6.5, -6.5, 13, 13);
    g.lineStyle(2, c, 1).strokeRect(-5, -5, 10, 10);
  },
  crisis: (g, c) => {
    g.fillStyle(DARK, 1).fillCircle(0, 0, 10);
    g.fillStyle(c, 1).fillCircle(0, 0, 8.5);
    g.fillStyle(DARK, 1).fillRect(-1.4, -5.5, 2.8, 6.5);
    g.fillRect(-1.4, 2.4, 2.8, 2.6);
  },
  ship: drawShip,
  'ship-patrol': drawShip,
  hub: drawHub,
  'hub-active': drawHub,
};

function drawIcon(g: Graphics, icon: Icon, tone: Tone, steady: boolean): void {
  const c = TONE_RGB[tone];
  g.clear();
  ICONS[icon](g, c, icon);
  // Without motion an alarm stays visible as a fixed double ring.
  if (steady) g.lineStyle(2, c, 0.9).strokeCircle(0, 0, 15).strokeCircle(0, 0, 20);
}

function strokeLine(g: Phaser.GameObjects.Graphics, pts: readonly number[], dash: number | null): void {
  // A scenario without capitals or a route has no line to draw.
  if (pts.length < 4) return;
  if (dash === null) {
    g.beginPath();
    g.moveTo(pts[0]!, pts[1]!);
    for (let i = 2; i < pts.length; i += 2) g.lineTo(pts[i]!, pts[i + 1]!);
    g.strokePath();
    return;
  }
  // Dashes of `dash` pixels along the polyline.
  let on = true;
  let left = dash;
  g.beginPath();
  g.moveTo(pts[0]!, pts[1]!);
  for (let i = 2; i < pts.length; i += 2) {
    let x0 = pts[i - 2]!;
    let y0 = pts[i - 1]!;
    const x1 = pts[i]!;
    const y1 = pts[i + 1]!;
    let seg = Math.hypot(x1 - x0, y1 - y0);
    while (seg > 0) {
      const step = Math.min(seg, left);
      const k = step / seg;
      const nx = x0 + (x1 - x0) * k;
      const ny = y0 + (y1 - y0) * k;
      if (on) g.lineTo(nx, ny);
      else g.moveTo(nx, ny);
      x0 = nx;
      y0 = ny;
      seg -= step;
      left -= step;
      if (left <= 0) {
        on = !on;
        left = dash;
      }
    }
  }
  g.strokePath();
}

/** The point at fraction `f` of a polyline's length. */
function along(pts: readonly number[], lengths: readonly number[], f: number): [number, number] {
  const total = lengths[lengths.length - 1] ?? 0;
  const d = f * total;
  for (let i = 1; i < lengths.length; i++) {
    if (lengths[i]! >= d) {
      const l0 = lengths[i - 1]!;
      const k = (d - l0) / Math.max(1e-6, lengths[i]! - l0);
      const x0 = pts[(i - 1) * 2]!;
      const y0 = pts[(i - 1) * 2 + 1]!;
      return [x0 + (pts[i * 2]! - x0) * k, y0 + (pts[i * 2 + 1]! - y0) * k];
    }
  }
  return [pts[pts.length - 2] ?? 0, pts[pts.length - 1] ?? 0];
}

export class MapView {
  readonly rect: MapRect;
  private readonly scene: Phaser.Scene;
  private readonly geo: Geography;
  private readonly map: MapBlock | undefined;
  private readonly reducedMotion: () => boolean;
  private readonly textureKey: string;
  private readonly sx: number;
  private readonly sy: number;
  private readonly base: Phaser.GameObjects.Image;
  private readonly highlight: Phaser.GameObjects.Graphics;
  private readonly channel: Phaser.GameObjects.Graphics;
  private readonly channelPlate: Phaser.GameObjects.Graphics;
  private readonly channelLabel: Phaser.GameObjects.Text;
  private readonly transitLine: Phaser.GameObjects.Graphics;
  private readonly convoy: Phaser.GameObjects.Graphics[] = [];
  private convoyTween: Phaser.Tweens.Tween | null = null;
  private readonly markers = new Map<PlaceId, MarkerView>();
  private readonly transitPts: number[];
  private readonly transitLengths: number[];
  private readonly channelPts: number[];
  private state: MapState | null = null;
  private destroyed = false;
  private readonly fontSize: number;
  /** What labels keep clear of besides each other: the key, the inset, country names, the source line, the icons. */
  private readonly obstacles: Obstacle[] = [];

  /** `map` is the scenario's map block: `geography` must have been placed with it (loadGeography or withPlaces). */
  constructor(scene: Phaser.Scene, rect: MapRect, geography: Geography, map: MapBlock | undefined, options: MapViewOptions = {}) {
    this.scene = scene;
    this.rect = { ...rect };
    this.geo = geography;
    this.map = map;
    this.reducedMotion = options.reducedMotion ?? (() => currentSettings().reducedMotion);
    const depth = options.depth ?? 0;
    this.sx = rect.width / geography.rect.width;
    this.sy = rect.height / geography.rect.height;
    this.fontSize = labelFontSize(rect);
    const fontSize = `${this.fontSize}px`;

    textureCount += 1;
    this.textureKey = `map-static-${textureCount}`;
    scene.textures.addCanvas(this.textureKey, drawStaticLayer(geography, rect));
    this.base = scene.add.image(rect.x, rect.y, this.textureKey).setOrigin(0, 0).setDepth(depth);

    this.highlight = scene.add.graphics().setDepth(depth + 1);

    this.transitPts = this.toScreen(geography.transit);
    this.transitLengths = [0];
    for (let i = 2; i < this.transitPts.length; i += 2) {
      const prev = this.transitLengths[this.transitLengths.length - 1]!;
      this.transitLengths.push(
        prev + Math.hypot(this.transitPts[i]! - this.transitPts[i - 2]!, this.transitPts[i + 1]! - this.transitPts[i - 1]!),
      );
    }
    this.transitLine = scene.add.graphics().setDepth(depth + 2);
    for (let i = 0; i < 3; i++) {
      const dot = scene.add
        .graphics()
        .setDepth(depth + 2)
        .setVisible(false);
      dot.fillStyle(DARK, 1).fillCircle(0, 0, 4.5);
      dot.fillStyle(TONE_RGB.warn, 1).fillCircle(0, 0, 3);
      this.convoy.push(dot);
    }

    this.channelPts = this.councilPoints();
    this.channel = scene.add.graphics().setDepth(depth + 2);
    this.channelPlate = scene.add.graphics().setDepth(depth + 4);
    const lx = this.channelPts[40] ?? rect.x;
    const ly = this.channelPts[41] ?? rect.y;
    this.channelLabel = scene.add
      .text(lx, ly - 4, '', { fontFamily: FONT, fontSize, color: TEXT, fontStyle: 'bold' })
      .setOrigin(0.5, 0.5)
      .setDepth(depth + 5);

    for (const place of Object.values(geography.places)) {
      const [x, y] = this.screenOf(place);
      const rings: Phaser.GameObjects.Graphics[] = [];
      for (let i = 0; i < RINGS_PER_MARKER; i++)
        rings.push(
          scene.add
            .graphics({ x, y })
            .setDepth(depth + 3)
            .setVisible(false),
        );
      const name = scene.add.text(x, y, '', { fontFamily: FONT, fontSize, color: TEXT, fontStyle: 'bold' }).setDepth(depth + 5);
      const status = scene.add.text(x, y, '', { fontFamily: FONT, fontSize, color: TEXT }).setDepth(depth + 5);
      this.markers.set(place.id, {
        place,
        x,
        y,
        icon: scene.add.graphics({ x, y }).setDepth(depth + 3),
        rings,
        nextRing: 0,
        plate: scene.add.graphics().setDepth(depth + 4),
        name,
        status,
        state: null,
        alarm: null,
        placed: 'full',
      });
    }
    this.obstacles = this.fixedObstacles();
  }

  /** Shows a world state; what changed since the last call is animated (or set at once under reduced motion). */
  update(world: WorldState): void {
    if (this.destroyed) return;
    const next = mapStateOf(world, this.map);
    const prev = this.state;
    const animate = prev !== null && !this.reducedMotion();
    const changed = new Set<PlaceId>();
    for (const [id, view] of this.markers) {
      const m = next.markers[id];
      if (!m) continue;
      const old = view.state;
      if (old && old.icon === m.icon && old.tone === m.tone && old.status === m.status && old.alarm === m.alarm && old.name === m.name)
        continue;
      this.setMarker(view, m);
      if (prev !== null) changed.add(id);
      if (animate) {
        this.scene.tweens.killTweensOf(view.icon);
        view.icon.setScale(1.9).setAlpha(0.2);
        this.scene.tweens.add({ targets: view.icon, scale: 1, alpha: 1, duration: 450, ease: 'Back.easeOut' });
        this.scene.tweens.killTweensOf(view.status);
        view.status.setAlpha(0.25);
        this.scene.tweens.add({ targets: view.status, alpha: 1, duration: 600 });
        this.ring(view, 0, 1.0);
        this.ring(view, 220, 0.8);
      }
    }
    const channelChanged = !prev || prev.channelsOpen !== next.channelsOpen;
    if (channelChanged) this.drawChannel(next.channelsOpen, animate);
    // Text widths changed: place the labels again (only on a change, never per frame).
    if (!prev || changed.size > 0 || channelChanged) this.layoutLabels(next, changed);
    if (!prev || prev.transit !== next.transit) this.drawTransit(next.transit, animate);
    const hl = next.highlight;
    if (!prev || prev.highlight.ukraine !== hl.ukraine || prev.highlight.georgia !== hl.georgia || prev.highlight.moldova !== hl.moldova) {
      this.drawHighlight(next, animate);
    }
    this.state = next;
  }

  /** Draws attention to a place, e.g. when an event fires there. */
  pulse(placeId: PlaceId): void {
    const view = this.markers.get(placeId);
    if (!view || this.destroyed) return;
    if (this.reducedMotion()) {
      // A fixed ring for a moment: a state change, not a motion.
      const g = view.rings[0]!;
      this.scene.tweens.killTweensOf(g);
      g.clear()
        .lineStyle(3, TONE_RGB[view.state?.tone ?? 'calm'], 1)
        .strokeCircle(0, 0, 18);
      g.setScale(1).setAlpha(1).setVisible(true);
      this.scene.time.delayedCall(1500, () => g.setVisible(false));
      return;
    }
    this.ring(view, 0, 1);
    this.ring(view, 300, 0.85);
    this.ring(view, 600, 0.7);
  }

  /** A short text of what the map shows now, for the aria-label of the canvas container. */
  describe(world: WorldState): string {
    return describeMap(world, this.map);
  }

  /** The screen position of a place (for anchoring a tooltip or a callout). */
  placePosition(placeId: PlaceId): { x: number; y: number } {
    const view = this.markers.get(placeId)!;
    return { x: view.x, y: view.y };
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    const objects: Phaser.GameObjects.GameObject[] = [
      this.base,
      this.highlight,
      this.channel,
      this.channelPlate,
      this.channelLabel,
      this.transitLine,
      ...this.convoy,
    ];
    for (const view of this.markers.values()) objects.push(view.icon, view.plate, view.name, view.status, ...view.rings);
    this.scene.tweens.killTweensOf(objects);
    this.convoyTween?.remove();
    for (const o of objects) o.destroy();
    this.markers.clear();
    if (this.scene.textures.exists(this.textureKey)) this.scene.textures.remove(this.textureKey);
  }

  /** The Council's line between the scenario's capitals (none without them). */
  private councilPoints(): number[] {
    const nato = this.map && placeById(this.geo, this.map.capitals.nato);
    const russia = this.map && placeById(this.geo, this.map.capitals.russia);
    if (!nato || !russia) return [];
    const [bx, by] = this.screenOf(nato);
    const [mx, my] = this.screenOf(russia);
    return councilCurve({ x: bx, y: by }, { x: mx, y: my });
  }

  private screenOf(p: { x: number; y: number }): [number, number] {
    return [this.rect.x + (p.x - this.geo.rect.x) * this.sx, this.rect.y + (p.y - this.geo.rect.y) * this.sy];
  }

  private toScreen(flat: readonly number[]): number[] {
    const out: number[] = [];
    for (let i = 0; i < flat.length; i += 2) out.push(...this.screenOf({ x: flat[i]!, y: flat[i + 1]! }));
    return out;
  }

  private setMarker(view: MarkerView, m: MarkerState): void {
    const steady = m.alarm && this.reducedMotion();
    drawIcon(view.icon, m.icon, m.tone, steady);
    view.name.setText(m.name);
    view.status.setText(m.status).setColor(TONE_CSS[m.tone]);
    view.state = m;
    view.alarm?.remove();
    view.alarm = null;
    const ring = view.rings[RINGS_PER_MARKER - 1]!;
    this.scene.tweens.killTweensOf(ring);
    ring.setVisible(false);
    if (m.alarm && !this.reducedMotion()) {
      ring.clear().lineStyle(2.5, TONE_RGB[m.tone], 1).strokeCircle(0, 0, 10);
      ring.setScale(1).setAlpha(0.9).setVisible(true);
      view.alarm = this.scene.tweens.add({ targets: ring, scale: 2.6, alpha: 0, duration: 1400, repeat: -1, ease: 'Sine.easeOut' });
    }
  }

  /** The static layer's boxes in screen coordinates, plus the inset (only its own label may enter it). */
  private fixedObstacles(): Obstacle[] {
    const out: Obstacle[] = [];
    const toScreen = (b: Box): Box => {
      const [x, y] = this.screenOf(b);
      return { x, y, width: b.width * this.sx, height: b.height * this.sy };
    };
    const boxes = measureStaticLayer(this.geo);
    if (boxes) {
      out.push(toScreen(boxes.key), toScreen(boxes.insetTitle), toScreen(boxes.source));
      for (const b of boxes.countryNames) out.push(toScreen(b));
    }
    const insetPlaces = Object.values(this.geo.places)
      .filter((p) => p.inset)
      .map((p) => p.id);
    const inset = toScreen(this.geo.inset.rect);
    if (insetPlaces.length === 1) out.push({ ...inset, except: insetPlaces[0]! });
    else out.push(inset);
    return out;
  }

  /** Places every label (greedy, see label-placer) and redraws the plates; the alarming and the changed ones first. */
  private layoutLabels(s: MapState, changed: ReadonlySet<PlaceId>): void {
    // The scenario lists its places in the order their labels win a crowded spot.
    const ids = Object.keys(this.geo.places);
    const rank = (id: PlaceId): number => (s.markers[id]?.alarm ? 0 : changed.has(id) ? 1 : 2) * 100 + ids.indexOf(id);
    const order = [...ids].sort((a, b) => rank(a) - rank(b));
    const ch = this.channelLabel;
    const r = this.rect;
    const layoutKey = `${r.x},${r.y},${r.width},${r.height},${this.fontSize}`;
    const placements = layoutMapLabels({
      rect: r,
      fontSize: this.fontSize,
      markers: order.map((id) => {
        const view = this.markers.get(id)!;
        const status = view.status.text ? { width: view.status.width, height: view.status.height } : { width: 0, height: 0 };
        return { id, x: view.x, y: view.y, name: { width: view.name.width, height: view.name.height }, status };
      }),
      capitals: this.map ? [this.map.capitals.nato, this.map.capitals.russia] : [],
      channel: { anchor: { x: this.channelPts[40] ?? r.x, y: this.channelPts[41] ?? r.y }, text: { width: ch.width, height: ch.height } },
      fixed: this.obstacles,
      previous: placedByLayout.get(layoutKey) ?? new Map<string, Placement>(),
    });
    placedByLayout.set(layoutKey, new Map(placements.map((p) => [p.id, p])));
    for (const p of placements) {
      if (p.id === CHANNEL_ID) {
        this.channelPlate.clear();
        const box = this.channelPts.length > 0 ? p.box : null;
        ch.setVisible(box !== null);
        if (box) {
          ch.setPosition(box.x + box.width / 2, box.y + box.height / 2);
          this.channelPlate.fillStyle(PLATE_RGB, 0.86).fillRoundedRect(box.x, box.y, box.width, box.height, 5);
        }
        continue;
      }
      const view = this.markers.get(p.id)!;
      this.placeLabel(view, p.mode, p.box, p.leader);
    }
  }

  private placeLabel(view: MarkerView, mode: 'full' | 'short' | 'hidden', box: Box | null, leader: boolean): void {
    view.placed = mode;
    const g = view.plate.clear();
    if (!box || mode === 'hidden') {
      g.setVisible(false);
      view.name.setVisible(false);
      view.status.setVisible(false);
      return;
    }
    const tone = view.state?.tone ?? 'calm';
    g.setVisible(true);
    // Text flush towards the marker: right-aligned when the label sits to its left.
    const right = box.x + box.width <= view.x;
    const tx = right ? box.x + box.width - PAD_X : box.x + PAD_X;
    view.name
      .setOrigin(right ? 1 : 0, 0)
      .setPosition(tx, box.y + PAD_Y)
      .setVisible(true);
    view.status
      .setOrigin(right ? 1 : 0, 0)
      .setPosition(tx, box.y + PAD_Y + view.name.height)
      .setVisible(mode === 'full');
    if (leader) {
      // A thin line from the marker's edge to the nearest point of the plate.
      const { x: px, y: py } = nearestPoint(box, view);
      const d = Math.hypot(px - view.x, py - view.y);
      if (d > ICON_HALF + 2) {
        const sx = view.x + ((px - view.x) * (ICON_HALF + 1)) / d;
        const sy = view.y + ((py - view.y) * (ICON_HALF + 1)) / d;
        g.lineStyle(3.5, DARK, 0.8).lineBetween(sx, sy, px, py);
        g.lineStyle(1.5, TONE_RGB[tone], 0.95).lineBetween(sx, sy, px, py);
      }
    }
    g.fillStyle(PLATE_RGB, 0.86).fillRoundedRect(box.x, box.y, box.width, box.height, 5);
    g.lineStyle(1.5, TONE_RGB[tone], 0.9).strokeRoundedRect(box.x, box.y, box.width, box.height, 5);
  }

  /** One expanding ring from the marker's pool (the last ring is kept for the alarm). */
  private ring(view: MarkerView, delay: number, strength: number): void {
    const g = view.rings[view.nextRing % (RINGS_PER_MARKER - 1)]!;
    view.nextRing += 1;
    this.scene.tweens.killTweensOf(g);
    g.clear()
      .lineStyle(3, TONE_RGB[view.state?.tone ?? 'calm'], 1)
      .strokeCircle(0, 0, 10);
    g.setScale(1).setAlpha(0).setVisible(true);
    this.scene.tweens.add({
      targets: g,
      props: { scale: { from: 1, to: 3.4 }, alpha: { from: strength, to: 0 } },
      delay,
      duration: 1000,
      ease: 'Cubic.easeOut',
      onComplete: () => g.setVisible(false),
    });
  }

  private drawChannel(open: boolean, animate: boolean): void {
    const g = this.channel.clear();
    g.lineStyle(6, DARK, 0.7);
    strokeLine(g, this.channelPts, open ? null : 8);
    g.lineStyle(2.5, open ? 0xf2f5f8 : 0xff9a8f, 1);
    strokeLine(g, this.channelPts, open ? null : 8);
    this.channelLabel.setText(t(open ? 'map.channel.open' : 'map.channel.suspended')).setColor(open ? TEXT : TONE_CSS.alert);
    if (animate) {
      this.scene.tweens.killTweensOf([g, this.channelLabel]);
      g.setAlpha(0);
      this.channelLabel.setAlpha(0.2);
      this.scene.tweens.add({ targets: [g, this.channelLabel], alpha: 1, duration: 700 });
    }
  }

  private drawTransit(running: boolean, animate: boolean): void {
    const g = this.transitLine.clear();
    g.lineStyle(5, DARK, 0.6);
    strokeLine(g, this.transitPts, running ? null : 5);
    g.lineStyle(running ? 2.5 : 1.5, running ? TONE_RGB.warn : TONE_RGB.muted, running ? 1 : 0.8);
    strokeLine(g, this.transitPts, running ? null : 5);
    this.convoyTween?.remove();
    this.convoyTween = null;
    const place = (f: number): void => {
      this.convoy.forEach((dot, i) => {
        const [x, y] = along(this.transitPts, this.transitLengths, (f + i / this.convoy.length) % 1);
        dot.setPosition(x, y);
      });
    };
    for (const dot of this.convoy) dot.setVisible(running);
    if (!running) return;
    place(0.1);
    if (this.reducedMotion()) return;
    if (animate) {
      g.setAlpha(0);
      this.scene.tweens.add({ targets: g, alpha: 1, duration: 600 });
    }
    const counter = { f: 0 };
    this.convoyTween = this.scene.tweens.add({ targets: counter, f: 1, duration: 9000, repeat: -1, onUpdate: () => place(counter.f) });
  }

  private drawHighlight(s: MapState, animate: boolean): void {
    const g = this.highlight.clear();
    const entries: [string, CountryTone][] = [
      ['804', s.highlight.ukraine],
      ['268', s.highlight.georgia],
      ['498', s.highlight.moldova],
    ];
    for (const [id, tone] of entries) {
      if (tone === null) continue;
      const country = this.geo.countries.find((c) => c.id === id);
      if (!country) continue;
      this.strokeCountry(g, country, 5.5, DARK, 0.8);
      this.strokeCountry(g, country, 2.5, TONE_RGB[tone], 1);
    }
    if (animate) {
      this.scene.tweens.killTweensOf(g);
      g.setAlpha(0);
      this.scene.tweens.add({ targets: g, alpha: 1, duration: 700 });
    }
  }

  private strokeCountry(g: Phaser.GameObjects.Graphics, country: CountryShape, width: number, color: number, alpha: number): void {
    g.lineStyle(width, color, alpha);
    for (const ring of country.rings) {
      const pts = this.toScreen(ring);
      g.beginPath();
      g.moveTo(pts[0]!, pts[1]!);
      for (let i = 2; i < pts.length; i += 2) g.lineTo(pts[i]!, pts[i + 1]!);
      g.closePath();
      g.strokePath();
    }
  }
}
