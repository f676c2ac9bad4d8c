// The stakes' sentences (issue 11): each condition with where the game stands; under fog of trust only the viewer's own
// trust, and no mark that would tell whether the other side's trust clears the bar.
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/analysis/outcome-progress.js';
import { conditionLine } from '../../src/ui/panels/stakes.js';

const trust: Condition = { kind: 'trust', area: 'practical', need: 5000, have: { nato: 6000, russia: 4321 }, met: false };

describe('conditionLine', () => {
  it('shows both trusts against the threshold without fog', () => {
    expect(conditionLine(trust, false, null)).toEqual({
      mark: 'unmet',
      text: 'Trust on the common threats at 50% on both sides: NATO 60%, Russia 43%',
    });
  });

  it("under fog shows the viewer's own trust only, and cannot say whether the bar is cleared", () => {
    const line = conditionLine(trust, false, 'nato');
    expect(line.text).toContain('yours 60%');
    expect(line.text).not.toContain('43');
    expect(line.mark).toBe('unknown');
    // The other side's view: its own trust is short, so the condition is not met, whatever NATO's is.
    const russia = conditionLine(trust, false, 'russia');
    expect(russia).toEqual({ mark: 'unmet', text: "Trust on the common threats at 50% on both sides: yours 43%, NATO's hidden" });
    expect(russia.text).not.toContain('60');
  });

  it('under fog gives no number nor mark for the collapse of order trust (it is the lower of both sides)', () => {
    const collapse: Condition = { kind: 'order-collapse', below: 2000, have: 1234, met: true };
    expect(conditionLine(collapse, true, null).text).toContain('lowest now 12%');
    expect(conditionLine(collapse, true, null).mark).toBe('happening');
    expect(conditionLine(collapse, true, 'nato')).toMatchObject({ mark: 'unknown' });
    expect(conditionLine(collapse, true, 'nato').text).not.toContain('12');
  });

  it('counts projects in words with the right plural', () => {
    const one: Condition = { kind: 'projects', states: 'delivered', area: null, need: 1, have: 0, met: false };
    const four: Condition = { ...one, need: 4, have: 2 };
    expect(conditionLine(one, false, null).text).toBe('1 project delivered: now 0');
    expect(conditionLine(four, false, null).text).toBe('4 projects delivered: now 2');
  });
});
