import { afterEach, describe, expect, it } from 'vitest'
import {
  forgetStartupRead,
  forgetStartupReads,
  primeStartupRead,
  primedStartupValue,
} from '@renderer/store/startupReads'
import { listOperators } from '@renderer/store/repositories/operators'
import { isBoardHash, isSuggestionListHash } from '@renderer/store/readAhead'
import { freshDb } from './helpers'

afterEach(() => forgetStartupReads())

describe('startup reads', () => {
  it('hold what a read started at open answered, for that database only', async () => {
    const db = freshDb()
    const other = freshDb()
    await db.operators.put({
      id: 'op-1',
      name: '王敏',
      role: 'administrator',
      active: true,
      createdAt: '2026-11-26T09:00:00.000+08:00',
    })
    let reads = 0
    const read = (d: typeof db) => {
      reads++
      return listOperators(d)
    }
    primeStartupRead('operators', db, read)
    expect(primedStartupValue('operators', db)).toBe(undefined) // not answered yet
    primeStartupRead('operators', db, read) // the same read is not started twice
    await new Promise((r) => setTimeout(r, 50))
    expect(reads).toBe(1)
    expect(primedStartupValue<{ name: string }[]>('operators', db)?.map((o) => o.name)).toEqual(['王敏'])
    expect(primedStartupValue('operators', other)).toBe(undefined)
    // Used up (the screen's own query has answered): a later screen starts from its own query.
    forgetStartupRead('operators', other)
    expect(primedStartupValue<{ name: string }[]>('operators', db)?.length).toBe(1)
    forgetStartupRead('operators', db)
    expect(primedStartupValue('operators', db)).toBe(undefined)
  })

  it('forget a read that failed, so the screen falls back to its own query', async () => {
    const db = freshDb()
    primeStartupRead('reference', db, () => Promise.reject(new Error('disk')))
    await new Promise((r) => setTimeout(r, 10))
    expect(primedStartupValue('reference', db)).toBe(undefined)
    let again = 0
    primeStartupRead('reference', db, async () => ++again)
    await new Promise((r) => setTimeout(r, 10))
    expect(primedStartupValue('reference', db)).toBe(1)
  })
})

describe('read ahead', () => {
  it('knows the screens it reads ahead for from the location hash', () => {
    expect(isSuggestionListHash('#/suggestions')).toBe(true)
    expect(isSuggestionListHash('#/suggestions?stage=assigned')).toBe(true)
    expect(isSuggestionListHash('#/suggestions/01J0000000000000000000000')).toBe(false)
    expect(isBoardHash('#/board')).toBe(true)
    expect(isBoardHash('#/board/')).toBe(true)
    expect(isBoardHash('#/boards')).toBe(false)
    expect(isBoardHash('#/')).toBe(false)
  })
})
