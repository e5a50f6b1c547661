import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadWindowState, restorableBounds, saveWindowState } from '../../src/main/windowState'

const laptop = { x: 0, y: 0, width: 1920, height: 1040 }
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 }

describe('restorableBounds', () => {
  it('restores position and size on a display that is still connected', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, maximized: false }
    expect(restorableBounds(saved, [laptop, rightMonitor])).toEqual(saved)
  })

  it('drops the position when the display it was on is gone, keeping a size that fits', () => {
    const saved = { x: 2000, y: 100, width: 2400, height: 1300, maximized: true }
    expect(restorableBounds(saved, [laptop])).toEqual({ width: 1920, height: 1040, maximized: true })
  })

  it('drops the position when only a sliver of the title bar would be on screen', () => {
    const saved = { x: 1870, y: 100, width: 1200, height: 800, maximized: false }
    expect(restorableBounds(saved, [laptop])).toEqual({ width: 1200, height: 800, maximized: false })
  })

  it('restores nothing without a saved state', () => {
    expect(restorableBounds(undefined, [laptop])).toBeUndefined()
  })
})

describe('window state file', () => {
  it('round-trips through window-state.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'window-state-'))
    await saveWindowState(dir, { x: 10, y: 20, width: 1300, height: 800, maximized: false })
    expect(await loadWindowState(dir)).toEqual({ x: 10, y: 20, width: 1300, height: 800, maximized: false })
  })

  it('ignores a damaged or implausible file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'window-state-'))
    writeFileSync(join(dir, 'window-state.json'), '{"x":1,')
    expect(await loadWindowState(dir)).toBeUndefined()
    writeFileSync(join(dir, 'window-state.json'), '{"x":1,"y":1,"width":5,"height":5}')
    expect(await loadWindowState(dir)).toBeUndefined()
  })
})
