import { describe, expect, it } from 'vitest'
import { POOL_BYTES, createPooledRandom, newId } from '@renderer/store/ids'

describe('createPooledRandom', () => {
  it('returns one byte ÷ 256 per draw, refilling the pool only when it is used up', () => {
    let fills = 0
    const random = createPooledRandom((bytes) => {
      fills += 1
      bytes.set([0, 8, 128, 255].map((b) => (b + fills - 1) % 256))
    }, 4)
    expect([random(), random(), random(), random()]).toEqual([0, 0.03125, 0.5, 0.99609375])
    expect(fills).toBe(1)
    expect(random()).toBe(0.00390625)
    expect(fills).toBe(2)
  })

  it('asks the generator for POOL_BYTES bytes at a time by default', () => {
    const sizes: number[] = []
    const random = createPooledRandom((bytes) => void sizes.push(bytes.length))
    for (let i = 0; i < POOL_BYTES + 1; i++) random()
    expect(sizes).toEqual([4096, 4096])
  })
})

describe('newId', () => {
  it('makes 26-character Crockford ULIDs, all different within the same millisecond', () => {
    const ids = Array.from({ length: 2000 }, () => newId())
    for (const id of ids) expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/)
    expect(new Set(ids).size).toBe(2000)
  })

  it('starts with the time, so ids sort by creation time', () => {
    const before = newId()
    const later = Date.now() + 1
    while (Date.now() < later) {
      // wait for the next millisecond
    }
    expect(newId() > before).toBe(true)
  })
})
