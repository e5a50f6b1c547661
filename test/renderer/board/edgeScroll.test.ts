/** Auto-scroll while dragging (features/board/edgeScroll.ts): speed by distance to the board's edges. */
import { describe, expect, it } from 'vitest'
import { canScroll, edgeScrollSpeed } from '@renderer/features/board/edgeScroll'

const board = { left: 200, right: 1000 }

describe('edgeScrollSpeed', () => {
  it('does not scroll in the middle of the board or at the inner border of a zone', () => {
    expect(edgeScrollSpeed(600, board)).toBe(0)
    expect(edgeScrollSpeed(264, board)).toBe(0)
    expect(edgeScrollSpeed(936, board)).toBe(0)
  })

  it('scrolls left near the left edge and right near the right edge, faster closer to the edge', () => {
    expect(edgeScrollSpeed(263, board)).toBe(-1)
    expect(edgeScrollSpeed(232, board)).toBe(-12)
    expect(edgeScrollSpeed(200, board)).toBe(-24)
    expect(edgeScrollSpeed(937, board)).toBe(1)
    expect(edgeScrollSpeed(968, board)).toBe(12)
    expect(edgeScrollSpeed(1000, board)).toBe(24)
  })

  it('keeps the top speed once the pointer is past the edge', () => {
    expect(edgeScrollSpeed(40, board)).toBe(-24)
    expect(edgeScrollSpeed(1400, board)).toBe(24)
  })

  it('splits a board narrower than two zones in halves, and ignores an empty box', () => {
    expect(edgeScrollSpeed(249, { left: 200, right: 300 })).toBe(-1)
    expect(edgeScrollSpeed(251, { left: 200, right: 300 })).toBe(1)
    expect(edgeScrollSpeed(250, { left: 250, right: 250 })).toBe(0)
  })
})

describe('canScroll', () => {
  it('stops at either end of the board', () => {
    expect(canScroll(-5, 0, 1800, 800)).toBe(false)
    expect(canScroll(-5, 10, 1800, 800)).toBe(true)
    expect(canScroll(5, 1000, 1800, 800)).toBe(false)
    expect(canScroll(5, 999, 1800, 800)).toBe(true)
    expect(canScroll(0, 500, 1800, 800)).toBe(false)
  })
})
