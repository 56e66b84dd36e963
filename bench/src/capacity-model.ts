// The capacity model: CPU per unit of work per process (the idle baseline taken out), the ceiling
// that gives on N cores, and the process that takes the largest share.
import type { CpuWindow } from './process-cpu.js';
import type { BenchRow } from './record-result.js';

/** CPU milliseconds per unit of work, per process name. */
export type CostByProcess = Map<string, number>;

/** The cores the model predicts a ceiling for. */
export const modelledCores = [2, 4, 8];

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Each process's CPU in the loaded window less its idle rate over the same length, per unit of work. */
export function costPerUnit(loaded: CpuWindow, idle: CpuWindow, units: number): CostByProcess {
  const costs: CostByProcess = new Map();
  for (const [name, spentMs] of loaded.cpuMsByProcess) {
    const idleMsPerSecond = (idle.cpuMsByProcess.get(name) ?? 0) / idle.seconds;
    costs.set(name, (spentMs - idleMsPerSecond * loaded.seconds) / Math.max(1, units));
  }
  return costs;
}

/** The sum over every process. */
export function totalOf(costs: CostByProcess): number {
  return [...costs.values()].reduce((sum, cost) => sum + cost, 0);
}

/** The process with the largest CPU per unit: the one to scale first. */
export function largestShare(costs: CostByProcess): string {
  return [...costs].reduce((top, entry) => (entry[1] > top[1] ? entry : top))[0];
}

/** Units per second N cores sustain when CPU is all that bounds them: N × 1000 / CPU ms per unit. */
export function ceilingOn(cores: number, totalMsPerUnit: number): number {
  return totalMsPerUnit > 0 ? Math.round((cores * 1000) / totalMsPerUnit) : 0;
}

/** One row per process (largest first) and a total row, with `metric` as the cost column. */
export function costRows(workload: string, metric: string, costs: CostByProcess): BenchRow[] {
  const total = totalOf(costs);
  const share = (cost: number) => (total > 0 ? Math.round((cost / total) * 100) : null);
  return [
    ...[...costs]
      .sort((a, b) => b[1] - a[1])
      .map(([name, cost]) => ({
        name: `${workload}: ${name}`,
        [metric]: round2(cost),
        sharePercent: share(cost),
      })),
    { name: `${workload}: total over all processes`, [metric]: round2(total), sharePercent: 100 },
  ];
}

/** The predicted ceiling on each of the modelled core counts. */
export function ceilingRows(unit: string, totalMsPerUnit: number): BenchRow[] {
  return modelledCores.map((cores) => ({
    name: `predicted ceiling on ${cores} cores (${unit}/s = ${cores} × 1000 / ${round2(totalMsPerUnit)} ms)`,
    [`${unit}PerSecond`]: ceilingOn(cores, totalMsPerUnit),
  }));
}
