/**
 * The preload: exposes the host bridge as `window.host`, one `ipcRenderer.invoke` per method over the channel
 * names in src/shared/bridge/channels.ts. Runs sandboxed, so it is bundled to CommonJS and imports only
 * `electron` and the shared bridge files. `ipcRenderer` itself is never exposed: the page can call these nine
 * functions and nothing else. Arguments are validated again in main; the page is not trusted.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { Channels } from '@shared/bridge/channels'
import type { HostBridge } from '@shared/bridge/hostBridge'

const host: HostBridge = {
  kind: 'electron',
  appInfo: () => ipcRenderer.invoke(Channels.appInfo),
  openFile: (req) => ipcRenderer.invoke(Channels.openFile, req),
  saveFile: (req) => ipcRenderer.invoke(Channels.saveFile, req),
  printHtml: (req) => ipcRenderer.invoke(Channels.printHtml, req),
  saveHtmlAsPdf: (req) => ipcRenderer.invoke(Channels.saveHtmlAsPdf, req),
  writeBackup: (req) => ipcRenderer.invoke(Channels.writeBackup, req),
  listBackups: () => ipcRenderer.invoke(Channels.listBackups),
  readBackup: (req) => ipcRenderer.invoke(Channels.readBackup, req),
  setLanguage: (req) => ipcRenderer.invoke(Channels.setLanguage, req),
}

contextBridge.exposeInMainWorld('host', host)
