/**
 * The renderer's one way to reach its host. Under Electron the preload has put the bridge on `window.host`;
 * in a plain browser tab there is none and the browser implementation is used. Features call `getHost()` and
 * never look at which one they got, except to show `appInfo().host`.
 */
import type { HostBridge } from '@shared/bridge/hostBridge'
import { createBrowserHost } from './browserHost'

let host: HostBridge | undefined

/** The host bridge for this window (created once, then the same object). */
export function getHost(): HostBridge {
  host ??= window.host ?? createBrowserHost()
  return host
}

export { createBrowserHost } from './browserHost'
export type { BrowserHostOptions } from './browserHost'
export type { HostTestHooks, PrintJobRecord } from './testHooks'
export type * from '@shared/bridge/hostBridge'
