/**
 * Ids for new records: ULIDs, sortable by creation time, unique across workstations.
 *
 * The random part comes from the platform's cryptographic generator, drawn in blocks: `ulid()` on its own asks
 * `crypto.getRandomValues` for ONE byte per character (16 calls per id, and it looks the generator up again on
 * every id), which made id generation most of an import's validation time (20,000 ids for a 10,000-row file:
 * 320,000 calls). The pool hands out the same kind of bytes, one per character, refilled `POOL_BYTES` at a time.
 */
import { ulid } from 'ulid'

/** Bytes drawn from the generator at a time (16 per id: 256 ids per refill). */
export const POOL_BYTES = 4096

/**
 * A `() => number in [0, 1)` built on `fill` (default: `crypto.getRandomValues`) that reads `size` random bytes
 * per call of `fill` and returns one byte ÷ 256 per draw — the same values `ulid`'s own generator returns.
 */
export function createPooledRandom(
  fill: (bytes: Uint8Array<ArrayBuffer>) => void = (bytes) => crypto.getRandomValues(bytes),
  size: number = POOL_BYTES,
): () => number {
  const pool = new Uint8Array(size)
  let next = size
  return () => {
    if (next === size) {
      fill(pool)
      next = 0
    }
    return pool[next++]! / 256
  }
}

const random = createPooledRandom()

export const newId = (): string => ulid(undefined, random)
