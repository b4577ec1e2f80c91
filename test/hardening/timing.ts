/**
 * Growth of running time with input size, for "no super-linear behaviour" tests. Wall time
 * with generous slack, never an absolute limit: `prepare(n)` builds an input of size n
 * (untimed) and returns the work to time. The answer is the factor by which time grows
 * when the input doubles, measured over two doublings (n → 4n) so that a linear part does
 * not hide a quadratic one: ~2 for linear work, ~4 for quadratic. Tests assert < 3.
 *
 * A first, quick measurement (one run per size) only screens: a result over the limit is
 * measured again, carefully (best of several runs per size, with 2n too, and from larger
 * sizes on each retry), before it counts, because garbage collection and CPU caches make
 * small runs noisy; super-linear work stays over the limit every time.
 */
/**
 * Options for every timing test: a run on a loaded machine (vitest runs files in parallel,
 * CI shares its cores) can still look super-linear once; super-linear work fails every try.
 */
export const TIMING = { retry: 2 } as const;

export async function growth(prepare: (n: number) => (() => unknown) | Promise<() => unknown>, n: number, options: { readonly quick?: boolean } = {}): Promise<number> {
  const cache = new Map<number, () => unknown>();
  const work = async (size: number): Promise<() => unknown> => {
    let prepared = cache.get(size);
    if (!prepared) {
      prepared = await prepare(size);
      cache.set(size, prepared);
    }
    return prepared;
  };
  (await work(n))(); // JIT warm-up
  if (options.quick !== false) {
    const screen = Math.sqrt(perCall(await work(4 * n), 10) / perCall(await work(n), 10));
    if (screen < MAX_GROWTH) return screen;
  }
  // Each careful attempt starts from twice the size of the one before: at the smallest size
  // the input may still fit a CPU cache, and run faster per unit than it ever will again,
  // which looks super-linear; quadratic work looks quadratic at every size.
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && best >= MAX_GROWTH; attempt++) best = Math.min(best, await careful(work, n * 2 ** attempt));
  return best;
}

async function careful(work: (size: number) => Promise<() => unknown>, n: number): Promise<number> {
  const timed = async (size: number): Promise<number> => {
    const run = await work(size);
    let best = Number.POSITIVE_INFINITY;
    for (let r = 0; r < 3; r++) best = Math.min(best, perCall(run, 30));
    return best;
  };
  const t1 = await timed(n);
  const t2 = await timed(2 * n);
  // Already clearly super-linear, or slow enough that 4n would cost minutes: stop here.
  if (t2 / t1 > 6 || t2 > 3000) return t2 / t1;
  return Math.sqrt((await timed(4 * n)) / t1);
}

/** Milliseconds per call, repeating fast work until `budget` ms have passed so timer noise averages out. */
function perCall(work: () => unknown, budget: number): number {
  const start = performance.now();
  let runs = 0;
  let elapsed = 0;
  do {
    work();
    runs++;
    elapsed = performance.now() - start;
  } while (elapsed < budget && runs < 10_000);
  return elapsed / runs;
}

/** The limit the tests hold growth to: between linear (2) and quadratic (4). */
export const MAX_GROWTH = 3;
