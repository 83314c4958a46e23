import { describe, expect, it } from 'vitest';
import { readCpuTimes, stealShare } from './cpu-steal';

// Shaped like this build machine's /proc/stat (2 cores): the all-CPU line, one CPU's, and what follows.
const procStat = (user: number, idle: number, steal: number) =>
  [
    `cpu  ${user} 12 3061 ${idle} 1432 0 271 ${steal} 0 0`,
    `cpu0 ${user / 2} 6 1530 ${idle / 2} 716 0 135 ${steal / 2} 0 0`,
    'intr 123 0 0',
  ].join('\n');

describe('readCpuTimes', () => {
  it("reads the all-CPU line's steal and total ticks", () => {
    expect(readCpuTimes(procStat(20000, 700000, 5000))).toEqual({ steal: 5000, total: 20000 + 12 + 3061 + 700000 + 1432 + 0 + 271 + 5000 });
  });

  it('returns nothing for text that is not /proc/stat', () => {
    expect(readCpuTimes('')).toBeUndefined();
    expect(readCpuTimes('cpu  1 2 3')).toBeUndefined();
  });
});

describe('stealShare', () => {
  it('is the stolen share of the CPU time between two readings', () => {
    const before = readCpuTimes(procStat(20000, 700000, 5000));
    const after = readCpuTimes(procStat(20600, 701200, 5300));
    expect(before && after && stealShare(before, after)).toBeCloseTo(300 / (600 + 1200 + 300), 6);
  });

  it('is 0 when no time passed', () => {
    const same = readCpuTimes(procStat(1, 2, 3));
    expect(same && stealShare(same, same)).toBe(0);
  });
});
