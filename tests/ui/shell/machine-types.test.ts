// The shell chart's `on` maps are typed (checked by `npm run typecheck`, which includes this file): a screen's events
// are the shell's events and its targets the shell's screens, so that a typo in either fails to compile. Each
// `@ts-expect-error` below must be an error: tsc reports an unused one, so the types cannot loosen unnoticed.
import { describe, expect, test } from 'vitest';
import { screen, type ScreenOn } from '../../../src/ui/shell/machine.js';

describe('the shell chart is typed against its events and screens', () => {
  test('the right names compile, and the screen helper keeps its map', () => {
    const on: ScreenOn = {
      TITLE: 'title',
      NEW_GAME: { target: 'newGame', actions: ['takeSession'] },
      NEXT: [{ guard: { type: 'leadsTo', params: { target: 'turn.handover' } }, target: 'turn.handover' }],
      CLOSE_REPLAY: [{ guard: 'gameOver', target: 'debrief' }, { target: 'title' }],
      REDRAW: { target: 'resolution', reenter: true },
    };
    expect(screen(on)).toEqual({ entry: ['entered'], on });
  });

  test('a misspelled event, target, guard or action does not compile', () => {
    const wrong = [
      // @ts-expect-error no such event: TITEL
      screen({ TITEL: 'title' }),
      // @ts-expect-error no such screen: tilte
      screen({ TITLE: 'tilte' }),
      // @ts-expect-error no such screen in an object transition
      screen({ NEW_GAME: { target: 'newgame' } }),
      // @ts-expect-error no such turn step: turn.handoff
      screen({ NEXT: [{ target: 'turn.handoff' }] }),
      // @ts-expect-error no such guard
      screen({ CLOSE_REPLAY: [{ guard: 'isOver', target: 'debrief' }] }),
      // @ts-expect-error no such action
      screen({ STARTED: { target: 'briefing', actions: ['takeSesion'] } }),
    ];
    expect(wrong).toHaveLength(6);
  });
});
