import { defaultLoadLimits, type LoadLimits } from '../http/load-shedding.js';

/** The `SHED_*` keys of `commonConfig` (absent ones take the defaults). */
export interface LoadLimitSettings {
  SHED_EVENT_LOOP_DELAY_MS?: number | undefined;
  SHED_HEAP_USED_BYTES?: number | undefined;
  SHED_MAX_IN_FLIGHT?: number | undefined;
}

/** The load limits a process's configuration names. */
export function loadLimitsOf(config: LoadLimitSettings): LoadLimits {
  return {
    maxEventLoopDelayMs: config.SHED_EVENT_LOOP_DELAY_MS ?? defaultLoadLimits.maxEventLoopDelayMs,
    maxHeapUsedBytes: config.SHED_HEAP_USED_BYTES ?? defaultLoadLimits.maxHeapUsedBytes,
    maxInFlight: config.SHED_MAX_IN_FLIGHT ?? defaultLoadLimits.maxInFlight,
  };
}
