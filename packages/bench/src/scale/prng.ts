/** A seeded PRNG (mulberry32) and the helpers the data set generator draws with: same seed, same data. */
export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(xs: readonly T[]): T;
  weighted<T>(choices: ReadonlyArray<readonly [number, T]>): T;
  uuid(): string;
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const u32 = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = () => u32() / 4294967296;
  const hex = (n: number, len = 8) => n.toString(16).padStart(len, "0");
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)]!,
    weighted(choices) {
      const total = choices.reduce((s, [w]) => s + w, 0);
      let r = next() * total;
      for (const [w, v] of choices) if ((r -= w) < 0) return v;
      return choices.at(-1)![1];
    },
    /** A version-4-shaped UUID drawn from the stream (deterministic, not cryptographic). */
    uuid() {
      const s = hex(u32()) + hex(u32()) + hex(u32()) + hex(u32());
      const variant = ((parseInt(s[16]!, 16) & 0x3) | 0x8).toString(16);
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`;
    },
  };
}
