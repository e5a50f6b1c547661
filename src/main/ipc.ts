/**
 * IPC plumbing: one `ipcMain.handle` per channel, each one guarded the same way before any work happens:
 *
 * 1. the sender must be the main window's main frame, currently showing the app origin (Electron advisory
 *    GHSA-mq8j-3h7h-p8g7: without this any frame that can reach `ipcRenderer` — an iframe, a page the window
 *    was tricked into navigating to — could call privileged handlers);
 * 2. the argument must parse with the channel's zod schema;
 * 3. whatever happens, the renderer receives a `HostResult`; exceptions never cross the boundary.
 */
import type { IpcMainInvokeEvent } from 'electron'
import type { z } from 'zod'
import type { HostBridge, HostResult } from '@shared/bridge/hostBridge'
import { Channels } from '@shared/bridge/channels'
import { ArgSchemas } from '@shared/bridge/schemas'
import { isTrustedUrl } from './security'

type Method = keyof typeof Channels
type Arg<M extends Method> = z.output<(typeof ArgSchemas)[(typeof Channels)[M]]>
type Value<M extends Method> = HostBridge[M] extends (...args: never[]) => Promise<HostResult<infer V>> ? V : never

/** What main implements: the bridge's methods, receiving already validated arguments. */
export type HostImplementation = { [M in Method]: (arg: Arg<M>) => Promise<HostResult<Value<M>>> }

/** The parts of a `WebFrameMain` the sender check reads. */
export interface FrameLike {
  url: string
  processId: number
  routingId: number
}

export interface TrustPolicy {
  /** The main window's main frame right now, or undefined when there is no window. */
  mainFrame(): FrameLike | undefined
  /** The dev-server origin in development; undefined in a packaged app. */
  devOrigin?: string
}

/** True when `senderFrame` is the main window's main frame and it shows the app origin. */
export function isTrustedSender(senderFrame: FrameLike | null | undefined, policy: TrustPolicy): boolean {
  if (!senderFrame) return false
  const main = policy.mainFrame()
  if (!main) return false
  const sameFrame =
    senderFrame === main || (senderFrame.processId === main.processId && senderFrame.routingId === main.routingId)
  return sameFrame && isTrustedUrl(senderFrame.url, policy.devOrigin)
}

function failure(code: 'forbidden-sender' | 'invalid-argument' | 'internal', detail?: string): HostResult<never> {
  return { ok: false, error: detail === undefined ? { code } : { code, detail } }
}

/** The guarded listener for one channel (exported so tests call it without Electron). */
export function guardedHandler<M extends Method>(
  method: M,
  implementation: HostImplementation,
  policy: TrustPolicy,
  log: (message: string, error?: unknown) => void = () => undefined,
): (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, arg: unknown) => Promise<HostResult<Value<M>>> {
  const channel = Channels[method]
  const schema = ArgSchemas[channel] as unknown as z.ZodType<Arg<M>>
  return async (event, arg) => {
    if (!isTrustedSender(event.senderFrame, policy)) {
      log(`refused ${channel} from ${event.senderFrame?.url ?? 'a destroyed frame'}`)
      return failure('forbidden-sender')
    }
    const parsed = schema.safeParse(arg)
    if (!parsed.success) return failure('invalid-argument', parsed.error.issues.map((i) => i.message).join('; '))
    try {
      return await implementation[method](parsed.data)
    } catch (error) {
      log(`${channel} failed`, error)
      return failure('internal', error instanceof Error ? error.message : String(error))
    }
  }
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, arg: unknown) => Promise<unknown>): void
}

/** Registers every channel of `Channels`; a channel without an implementation is a compile error. */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  implementation: HostImplementation,
  policy: TrustPolicy,
  log?: (message: string, error?: unknown) => void,
): void {
  for (const method of Object.keys(Channels) as Method[]) {
    ipcMain.handle(Channels[method], guardedHandler(method, implementation, policy, log))
  }
}
