// A small seeded pseudo-random generator (mulberry32) for sample and benchmark data.
// The same seed always gives the same sequence on every machine, so generated
// portfolios are byte-identical; nothing here reads Math.random or the clock.

export interface Random {
  /** A float in [0, 1). */
  readonly next: () => number;
  /** A whole number in [min, max], both inclusive. */
  readonly int: (min: number, max: number) => number;
  /** True with probability `p`. */
  readonly chance: (p: number) => boolean;
  /** One item of a non-empty list. */
  readonly pick: <T>(items: readonly T[]) => T;
  /** `count` distinct items of `items` (all of them when there are fewer), in random order. */
  readonly sample: <T>(items: readonly T[], count: number) => T[];
  /** A copy of `items` in random order. */
  readonly shuffle: <T>(items: readonly T[]) => T[];
}

/** Mixes several numbers into one well-spread 32-bit seed (murmur3's finaliser per step). */
export function mixSeed(...parts: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** mulberry32: tiny, fast and good enough for test data (not for anything secret). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('Cannot pick from an empty list.');
      return items[int(0, items.length - 1)] as T;
    },
    sample: (items, count) => shuffle(items).slice(0, Math.max(0, count)),
    shuffle,
  };
}

/** Eight lower-case hex digits of a 32-bit number. */
export function hex8(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}
