/**
 * The layout shifts in a Chrome trace that Lighthouse's CLS counts, with where each moved.
 * (Lighthouse 12.2's own layout-shifts audit fails on this machine's Chromium traces, so the bench
 * reads the trace itself: a rare shift cannot be reproduced at will.)
 */

export interface LayoutShift {
  /** This shift's part of CLS. */
  score: number;
  /** Where what moved was, before → after: x, y, width, height in the trace's pixels. */
  moved: string[];
  /** The main frame's viewport sizes during the load, when there was more than one. */
  viewports?: string[];
}

type TraceData = {
  frameID?: string;
  width?: number;
  height?: number;
  weighted_score_delta?: number;
  had_recent_input?: boolean;
  impacted_nodes?: Array<{ old_rect: number[]; new_rect: number[] }>;
};
export type TraceEvent = { name?: string; ts?: number; args?: { data?: TraceData } };

/** Lighthouse counts a shift flagged as after input within this long of the first viewport event. */
const RECENT_INPUT_WINDOW_MS = 500;

/**
 * As Lighthouse counts them: a shift flagged `had_recent_input` still counts within 500 ms of the
 * first viewport event, until a shift without the flag is seen (the flag is set by the emulated
 * viewport, not by a reader). The viewport sizes are reported because a shift that follows a
 * change of the viewport's own size during the load is the harness's doing, not the page's.
 */
export function layoutShifts(events: TraceEvent[]): LayoutShift[] {
  const viewportEvents = events.filter((event) => event.name === 'viewport');
  const mainFrame = viewportEvents[0]?.args?.data?.frameID;
  const sizes = [
    ...new Set(
      viewportEvents
        .filter((event) => event.args?.data?.frameID === mainFrame)
        .map((event) => `${event.args?.data?.width}×${event.args?.data?.height}`),
    ),
  ];
  const firstViewport = viewportEvents[0]?.ts ?? 0;
  let inputFlagCounts = true;
  const shifts: LayoutShift[] = [];
  for (const event of events) {
    const data = event.args?.data;
    if (event.name !== 'LayoutShift' || !data) continue;
    if (data.had_recent_input) {
      if (!inputFlagCounts || ((event.ts ?? 0) - firstViewport) / 1000 > RECENT_INPUT_WINDOW_MS) continue;
    } else {
      inputFlagCounts = false;
    }
    shifts.push({
      score: data.weighted_score_delta ?? 0,
      moved: (data.impacted_nodes ?? []).map((node) => `${node.old_rect.join(',')} → ${node.new_rect.join(',')}`),
      ...(sizes.length > 1 ? { viewports: sizes } : {}),
    });
  }
  return shifts;
}
