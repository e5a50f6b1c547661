/**
 * Remembers the window's size and position in `<userData>/window-state.json`. A saved position is restored
 * only while it is still on a connected display (a laptop undocked from its second screen must not open the
 * app off-screen); otherwise only the size is kept and the OS centres the window.
 */
import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { WINDOW_STATE_FILE } from './appIdentity'
import { MIN_WINDOW_SIZE } from './windowOptions'

export const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(MIN_WINDOW_SIZE.width).max(20000),
  height: z.number().int().min(MIN_WINDOW_SIZE.height).max(20000),
  maximized: z.boolean().default(false),
})
export type WindowState = z.infer<typeof WindowStateSchema>

export interface Area {
  x: number
  y: number
  width: number
  height: number
}

/** Pixels of the title bar that must lie on some display for the user to be able to grab the window. */
const MIN_VISIBLE = 100

function overlap(a: Area, b: Area): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  }
}

/**
 * What to restore: the saved bounds when the window's top strip overlaps a display's work area by at least
 * 100 × 30 px, else only the size (clamped to the largest display), else nothing.
 */
export function restorableBounds(
  saved: WindowState | undefined,
  workAreas: readonly Area[],
): { x?: number; y?: number; width: number; height: number; maximized: boolean } | undefined {
  if (!saved || workAreas.length === 0) return undefined
  const titleStrip = { x: saved.x, y: saved.y, width: saved.width, height: 30 }
  const visible = workAreas.some((area) => {
    const o = overlap(titleStrip, area)
    return o.width >= MIN_VISIBLE && o.height >= 30
  })
  if (visible) return { ...saved }
  const largest = workAreas.reduce((a, b) => (a.width * a.height >= b.width * b.height ? a : b))
  return {
    width: Math.min(saved.width, largest.width),
    height: Math.min(saved.height, largest.height),
    maximized: saved.maximized,
  }
}

export async function loadWindowState(userData: string): Promise<WindowState | undefined> {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(await readFile(join(userData, WINDOW_STATE_FILE), 'utf8')))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

export async function saveWindowState(userData: string, state: WindowState): Promise<void> {
  const file = join(userData, WINDOW_STATE_FILE)
  const temp = `${file}.tmp`
  await writeFile(temp, JSON.stringify(state), 'utf8')
  await rename(temp, file)
}
