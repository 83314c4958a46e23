import { describe, expect, it } from 'vitest';
import { layoutShifts, type TraceEvent } from './layout-shifts';

// The events of a real bench trace (/en/gallery/3d-printing-cluster/, 27 November 2026), times in µs.
const viewport = (ts: number, width: number, height: number, frameID = 'MAIN'): TraceEvent => ({
  name: 'viewport',
  ts,
  args: { data: { frameID, width, height } },
});
const shift = (ts: number, score: number, hadRecentInput: boolean): TraceEvent => ({
  name: 'LayoutShift',
  ts,
  args: {
    data: {
      weighted_score_delta: score,
      had_recent_input: hadRecentInput,
      impacted_nodes: [{ old_rect: [140, 89, 13, 20], new_rect: [20, 113, 372, 80] }],
    },
  },
});

describe('layoutShifts', () => {
  it('counts a shift flagged as after input within 500 ms of the first viewport event, as Lighthouse does, and says the viewport changed', () => {
    const events = [
      viewport(3_000, 412, 823),
      viewport(129_300, 981, 1958),
      viewport(232_200, 412, 823),
      shift(285_600, 0.0129, true),
      viewport(369_400, 32, 32, 'IFRAME'),
    ];
    expect(layoutShifts(events)).toEqual([{ score: 0.0129, moved: ['140,89,13,20 → 20,113,372,80'], viewports: ['412×823', '981×1958'] }]);
  });

  it('ignores a shift flagged as after input once 500 ms have passed, or once an unflagged shift was seen', () => {
    expect(layoutShifts([viewport(0, 412, 823), shift(600_000, 0.2, true)])).toEqual([]);
    const afterUnflagged = layoutShifts([viewport(0, 412, 823), shift(100_000, 0.01, false), shift(200_000, 0.2, true)]);
    expect(afterUnflagged.map((one) => one.score)).toEqual([0.01]);
  });

  it('leaves out the viewport sizes when the viewport kept one size', () => {
    expect(layoutShifts([viewport(0, 412, 823), viewport(50_000, 412, 823), shift(100_000, 0.003, false)])).toEqual([
      { score: 0.003, moved: ['140,89,13,20 → 20,113,372,80'] },
    ]);
  });
});
