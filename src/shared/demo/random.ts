/**
 * A seeded pseudo-random source (mulberry32) and ULID-shaped ids drawn from it, so demo data is the same for
 * the same seed on every machine. Not for anything secret.
 */

export interface Random {
  /** In [0, 1). */
  next(): number
  /** An integer in [min, max]. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(p: number): boolean
  /** Picks by weight: `weighted([['A', 6], ['B', 3]])`. */
  weighted<T>(options: ReadonlyArray<readonly [T, number]>): T
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[int(0, items.length - 1)]!
    },
    chance: (p) => next() < p,
    weighted: (options) => {
      const total = options.reduce((n, [, w]) => n + w, 0)
      let r = next() * total
      for (const [value, w] of options) {
        r -= w
        if (r < 0) return value
      }
      return options[options.length - 1]![0]
    },
  }
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/**
 * ULID-shaped ids (26 Crockford base-32 characters: 48-bit time, 80 random bits) from a seeded source. The time
 * part starts at `baseMs` and moves on by one millisecond per id, so ids sort in creation order like real ones.
 */
export function createIdFactory(random: Random, baseMs: number): () => string {
  let ms = baseMs
  return () => {
    ms += 1
    let time = ''
    let t = ms
    for (let i = 0; i < 10; i++) {
      time = CROCKFORD[t % 32] + time
      t = Math.floor(t / 32)
    }
    let rest = ''
    for (let i = 0; i < 16; i++) rest += CROCKFORD[Math.floor(random.next() * 32)]
    return time + rest
  }
}
