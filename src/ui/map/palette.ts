// The map's colours. Text always sits on a dark plate (contrast above 7:1); fills are told apart by pattern and outline as well.
import type { FillKind } from './geography.js';
import type { Tone } from './map-state.js';

export const SEA = '#0d1b2a';
export const SEA_DEEP = '#0a1622';
export const GRATICULE = 'rgba(160, 190, 220, 0.10)';
export const BORDER = '#0b1520';
/** Label plates: text colours below are all at least 7:1 against it. */
export const PLATE = 'rgba(8, 15, 23, 0.88)';
export const PLATE_RGB = 0x080f17;
export const TEXT = '#f2f5f8';
export const TEXT_DIM = '#c3ccd6';

export interface FillStyle {
  base: string;
  /** Pattern ink drawn over the base. */
  ink: string;
  /** Country outline, lighter than the fill so that the group's edge reads without colour vision. */
  outline: string;
  outlineWidth: number;
}

export const FILLS: Record<FillKind, FillStyle> = {
  nato: { base: '#27507f', ink: 'rgba(190, 215, 255, 0.30)', outline: '#8fb4e8', outlineWidth: 0.9 },
  russia: { base: '#7a2f2b', ink: 'rgba(255, 205, 195, 0.34)', outline: '#e79a8f', outlineWidth: 1.2 },
  partner: { base: '#7d6420', ink: 'rgba(255, 236, 170, 0.36)', outline: '#f1cf6b', outlineWidth: 1.4 },
  other: { base: '#3a4553', ink: 'rgba(0, 0, 0, 0)', outline: '#5d6876', outlineWidth: 0.6 },
};

/** Marker and status colours per tone; each is at least 7:1 on the label plate. */
export const TONE_CSS: Record<Tone, string> = {
  muted: '#aab6c2',
  calm: '#f2f5f8',
  good: '#6fe09a',
  warn: '#ffcc4d',
  alert: '#ff7b6e',
};

export const TONE_RGB: Record<Tone, number> = {
  muted: 0xaab6c2,
  calm: 0xf2f5f8,
  good: 0x6fe09a,
  warn: 0xffcc4d,
  alert: 0xff7b6e,
};

export const FONT = 'system-ui, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif';
