/**
 * What the preload adds to the renderer's window. Kept apart from index.d.ts because a program that also
 * compiles src/preload/index.ts (the root tsconfig.json) ignores an index.d.ts next to it.
 */
import type { HostBridge } from '../shared/bridge/hostBridge'

declare global {
  interface Window {
    /** Present under Electron; undefined in a plain browser tab, where the browser host is used instead. */
    host?: HostBridge
  }
}

export {}
