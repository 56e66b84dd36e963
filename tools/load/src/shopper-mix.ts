// The shopper mix: which steps a run sends and in what proportion, and picking one per arrival.

/** The steps of a shopper's visit, each one request of the public API. */
export const stepNames = ['browse', 'search', 'product', 'cart', 'checkout', 'status'] as const;

/** One step of the mix. */
export type StepName = (typeof stepNames)[number];

/** A weight per step (relative; steps at 0 are not sent). */
export type ShopperMix = Readonly<Record<StepName, number>>;

/** A visit's shape: mostly looking, some carts, fewer checkouts, checking on orders. */
export const defaultMix: ShopperMix = {
  browse: 30,
  search: 20,
  product: 25,
  cart: 12,
  checkout: 5,
  status: 8,
};

/** Reads `browse=3,search=1,...`: the steps named get those weights, the others 0. */
export function parseMix(text: string): ShopperMix {
  const mix: Record<StepName, number> = { browse: 0, search: 0, product: 0, cart: 0, checkout: 0, status: 0 };
  for (const part of text.split(',').filter((item) => item.trim() !== '')) {
    const [name, value, extra] = part.split('=').map((item) => item.trim());
    if (!stepNames.includes(name as StepName)) {
      throw new Error(`--mix: unknown step "${name}"; the steps are ${stepNames.join(', ')}`);
    }
    const weight = Number(value);
    if (extra !== undefined || value === '' || !Number.isFinite(weight) || weight < 0) {
      throw new Error(`--mix: the weight of ${name} must be a number ≥ 0, as in ${name}=10`);
    }
    mix[name as StepName] = weight;
  }
  if (stepNames.every((name) => mix[name] === 0))
    throw new Error('--mix: give at least one step a weight > 0');
  return mix;
}

/** Returns a picker that draws a step with probability proportional to its weight. */
export function mixPicker(mix: ShopperMix, random: () => number = Math.random): () => StepName {
  const steps = stepNames.filter((name) => mix[name] > 0);
  const total = steps.reduce((sum, name) => sum + mix[name], 0);
  return () => {
    let point = random() * total;
    for (const name of steps) {
      point -= mix[name];
      if (point < 0) return name;
    }
    return steps[steps.length - 1] as StepName;
  };
}

/** The mix as text, e.g. for the report: `browse=30,search=20`. */
export function formatMix(mix: ShopperMix): string {
  return stepNames
    .filter((name) => mix[name] > 0)
    .map((name) => `${name}=${mix[name]}`)
    .join(',');
}
