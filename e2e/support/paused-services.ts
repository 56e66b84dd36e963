// Pausing services of a running system (SIGSTOP) to hold the saga at a chosen step by
// construction, rather than by racing it: a paused process keeps its connections and its queue
// waits for it, so the step it owns happens only once it resumes.
import { checkOut, type Order, type Shopper } from './shop.js';
import type { RunningSystem } from './system.js';

/** Sends `signal` to every running process of the named services. */
export async function signalServices(
  system: Pick<RunningSystem, 'pids'>,
  services: readonly string[],
  signal: NodeJS.Signals,
): Promise<void> {
  const processes = (await system.pids()).processes.filter((entry) => services.includes(entry.name));
  for (const { pid } of processes) if (pid) process.kill(pid, signal);
}

/**
 * Checks out with the charge held back, whatever the machine's speed: inventory is paused across
 * the checkout (so the order is still pending, and no payment request exists yet, when payments is
 * paused), then resumes and reserves. The order then waits, awaiting payment, until `resumePayments`.
 */
export async function checkOutWithPaymentHeld(
  system: Pick<RunningSystem, 'pids'>,
  shopper: Shopper,
  card: string,
): Promise<{ status: number; order: Order; resumePayments: () => Promise<void> }> {
  await signalServices(system, ['inventory'], 'SIGSTOP');
  try {
    const placed = await checkOut(shopper, card); // payments tokenizes the card: it runs until here
    await signalServices(system, ['payments'], 'SIGSTOP');
    return {
      status: placed.status,
      order: placed.body.order,
      resumePayments: () => signalServices(system, ['payments'], 'SIGCONT'),
    };
  } finally {
    await signalServices(system, ['inventory'], 'SIGCONT');
  }
}
