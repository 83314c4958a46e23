/**
 * How much of the machine's CPU its host took away while something ran ("steal" time, on a virtual
 * machine that shares its cores). Read from Linux's /proc/stat; a Lighthouse run during which the
 * host stole a large share measured the host, not the page.
 */

/** The first line of /proc/stat (all CPUs together), in clock ticks. */
export interface CpuTimes {
  steal: number;
  total: number;
}

/** `cpu  user nice system idle iowait irq softirq steal guest guest_nice`: guest time is already in user. */
export function readCpuTimes(procStat: string): CpuTimes | undefined {
  const line = procStat.split('\n').find((candidate) => /^cpu\s/.test(candidate));
  const ticks = line?.trim().split(/\s+/).slice(1, 9).map(Number);
  if (!ticks || ticks.length < 8 || ticks.some((tick) => !Number.isFinite(tick))) return undefined;
  return { steal: ticks[7] ?? 0, total: ticks.reduce((sum, tick) => sum + tick, 0) };
}

/** The share (0–1) of all CPU time between two readings that the host stole. */
export function stealShare(before: CpuTimes, after: CpuTimes): number {
  const total = after.total - before.total;
  return total > 0 ? Math.max(0, after.steal - before.steal) / total : 0;
}
