/** Every IPC channel name, in one place. The preload and main import these; nothing else names a channel. */
export const Channels = {
  appInfo: 'host:app-info',
  openFile: 'host:open-file',
  saveFile: 'host:save-file',
  printHtml: 'host:print-html',
  saveHtmlAsPdf: 'host:save-html-as-pdf',
  writeBackup: 'host:write-backup',
  listBackups: 'host:list-backups',
  readBackup: 'host:read-backup',
  setLanguage: 'host:set-language',
} as const

export type ChannelName = (typeof Channels)[keyof typeof Channels]
