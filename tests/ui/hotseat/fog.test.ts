// Fog of trust: who may see which side's trust, and deficit notes without their numbers.
import { describe, expect, it } from 'vitest';
import { direction, redactDeficit, trustDirectionVisible, trustNumberVisible, trustSideOf } from '../../../src/ui/hotseat/fog.js';

describe('fog of trust', () => {
  it("shows a team its own trust, never the other side's, and neither number on a shared screen", () => {
    expect(trustNumberVisible(true, 'nato', 'nato')).toBe(true);
    expect(trustNumberVisible(true, 'nato', 'russia')).toBe(false);
    expect(trustNumberVisible(true, 'russia', 'russia')).toBe(true);
    expect(trustNumberVisible(true, 'russia', 'nato')).toBe(false);
    expect(trustNumberVisible(true, 'shared', 'nato')).toBe(false);
    expect(trustNumberVisible(true, 'shared', 'russia')).toBe(false);
  });

  it('shows every number without fog', () => {
    for (const viewer of ['nato', 'russia', 'shared'] as const)
      for (const side of ['nato', 'russia'] as const) {
        expect(trustNumberVisible(false, viewer, side)).toBe(true);
        expect(trustDirectionVisible(false, viewer, side)).toBe(true);
      }
  });

  it("tells directions on the shared screen, and nothing of the other side's trust on a team's own", () => {
    expect(trustDirectionVisible(true, 'shared', 'nato')).toBe(true);
    expect(trustDirectionVisible(true, 'shared', 'russia')).toBe(true);
    expect(trustDirectionVisible(true, 'nato', 'russia')).toBe(false);
    expect(trustDirectionVisible(true, 'russia', 'nato')).toBe(false);
    expect(trustDirectionVisible(true, 'nato', 'nato')).toBe(true);
  });

  it('names the side of a trust meter', () => {
    expect(trustSideOf('trust.nato')).toBe('nato');
    expect(trustSideOf('trust.russia')).toBe('russia');
    expect(trustSideOf('security.nato')).toBeNull();
    expect(trustSideOf('cohesion')).toBeNull();
  });

  it('gives a direction, never a size', () => {
    expect(direction(4000, 4500)).toBe('up');
    expect(direction(4500, 4000)).toBe('down');
    expect(direction(4000, 4000)).toBe('same');
  });

  it('takes the trust numbers out of a deficit note', () => {
    const text = "Joint mediation is blocked by a trust deficit: Russia's trust 32% < 40% needed (deficit 8 points)";
    expect(redactDeficit(text)).toBe('Joint mediation is blocked by a trust deficit.');
    expect(redactDeficit(text)).not.toMatch(/\d/);
    expect(redactDeficit('X cannot launch while the NATO-Russia Council is suspended')).toBe(
      'X cannot launch while the NATO-Russia Council is suspended',
    );
  });
});
