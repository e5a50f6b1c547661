/**
 * Runtime schemas of every IPC argument, one per channel. Main validates each call with these before doing
 * anything (a compromised or buggy renderer is untrusted input); the types are checked against `HostBridge`
 * at compile time below, so the contract and the validation cannot drift apart.
 */
import { z } from 'zod'
import type { HostBridge } from './hostBridge'
import { BACKUP_NAME_PATTERN, BACKUP_REASONS } from './backupNames'
import { Channels } from './channels'
import { MAX_FILE_BYTES, MAX_HTML_CHARS } from './limits'

export { MAX_FILE_BYTES, MAX_HTML_CHARS }

const title = z.string().max(500)

/** A bare file name: no folders, no control characters, none of the characters Windows forbids. */
const fileName = z
  .string()
  .min(1)
  .max(255)
  // eslint-disable-next-line no-control-regex
  .refine((s) => !/[\\/:*?"<>|\u0000-\u001f]/.test(s) && s !== '.' && s !== '..', 'not a bare file name')

const fileFilter = z.strictObject({
  name: z.string().max(200),
  extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/)).max(20),
})

const bytes = z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, 'too large')

const printRequest = z.strictObject({
  html: z.string().max(MAX_HTML_CHARS),
  title,
  landscape: z.boolean().optional(),
})

export const ArgSchemas = {
  [Channels.appInfo]: z.undefined(),
  [Channels.openFile]: z.strictObject({ title, filters: z.array(fileFilter).max(20) }),
  [Channels.saveFile]: z.strictObject({ title, suggestedName: fileName, filters: z.array(fileFilter).max(20), bytes }),
  [Channels.printHtml]: printRequest,
  [Channels.saveHtmlAsPdf]: printRequest.extend({ suggestedName: fileName }),
  [Channels.writeBackup]: z.strictObject({ reason: z.enum(BACKUP_REASONS), bytes }),
  [Channels.listBackups]: z.undefined(),
  [Channels.readBackup]: z.strictObject({ name: z.string().regex(BACKUP_NAME_PATTERN) }),
  [Channels.setLanguage]: z.strictObject({ language: z.enum(['zh-CN', 'en-US']) }),
} as const

/**
 * Compile-time check: each schema's output can be passed to the bridge method and names exactly its fields.
 * (Only this direction: the schema's `Uint8Array<ArrayBuffer>` is narrower than the contract's `Uint8Array`.)
 */
type ArgOf<M extends keyof HostBridge> = HostBridge[M] extends (...args: infer A) => unknown
  ? A extends []
    ? undefined
    : A[0]
  : never
type Same<A, B> = [A] extends [B]
  ? [keyof A] extends [keyof B]
    ? [keyof B] extends [keyof A]
      ? true
      : false
    : false
  : false
type Out<C extends keyof typeof ArgSchemas> = z.output<(typeof ArgSchemas)[C]>
export type SchemasMatchBridge = [
  Same<Out<typeof Channels.appInfo>, ArgOf<'appInfo'>>,
  Same<Out<typeof Channels.openFile>, ArgOf<'openFile'>>,
  Same<Out<typeof Channels.saveFile>, ArgOf<'saveFile'>>,
  Same<Out<typeof Channels.printHtml>, ArgOf<'printHtml'>>,
  Same<Out<typeof Channels.saveHtmlAsPdf>, ArgOf<'saveHtmlAsPdf'>>,
  Same<Out<typeof Channels.writeBackup>, ArgOf<'writeBackup'>>,
  Same<Out<typeof Channels.listBackups>, ArgOf<'listBackups'>>,
  Same<Out<typeof Channels.readBackup>, ArgOf<'readBackup'>>,
  Same<Out<typeof Channels.setLanguage>, ArgOf<'setLanguage'>>,
]
const schemasMatchBridge: SchemasMatchBridge = [true, true, true, true, true, true, true, true, true]
void schemasMatchBridge
