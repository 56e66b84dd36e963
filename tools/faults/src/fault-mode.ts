// The behaviours the proxy can be switched between at run time.

/** What the proxy does with connections and the bytes on them. */
export type FaultMode =
  | { readonly kind: 'pass' }
  | { readonly kind: 'latency'; readonly latencyMs: number; readonly jitterMs: number }
  | { readonly kind: 'stall' }
  | { readonly kind: 'reset' }
  | { readonly kind: 'refuse' };

/** The names of the modes. */
export const faultModeKinds = ['pass', 'latency', 'stall', 'reset', 'refuse'] as const;

/** Checks an untrusted value (e.g. a control request's body) and returns it as a mode, or throws. */
export function parseFaultMode(value: unknown): FaultMode {
  const input = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const kind = input.kind;
  if (!faultModeKinds.includes(kind as never)) {
    throw new Error(`kind must be one of ${faultModeKinds.join(', ')}`);
  }
  if (kind !== 'latency') return { kind } as FaultMode;
  const latencyMs = Number(input.latencyMs);
  const jitterMs = Number(input.jitterMs ?? 0);
  if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new Error('latencyMs must be a number ≥ 0');
  if (!Number.isFinite(jitterMs) || jitterMs < 0) throw new Error('jitterMs must be a number ≥ 0');
  return { kind, latencyMs, jitterMs };
}

/** The delay of one chunk in a mode: latency ± jitter (uniform), never below zero. */
export function chunkDelayMs(mode: FaultMode, random: () => number): number {
  if (mode.kind !== 'latency') return 0;
  const offset = (random() * 2 - 1) * mode.jitterMs;
  return Math.max(0, mode.latencyMs + offset);
}
