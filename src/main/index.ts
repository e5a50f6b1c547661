/**
 * Electron main process: one secure window serving the renderer from `app://bundle`, the host-bridge IPC
 * handlers, the menu, and the session policy (no permissions, no navigation away, no network). The pieces are
 * pure modules tested without Electron; this file only wires them to Electron's hooks, in the order Electron
 * requires (scheme privileges and paths before `ready`).
 */
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron'
import type { UiLanguage } from '@shared/bridge/hostBridge'
import { APP_SCHEME, APP_ENTRY_URL, BACKUP_FOLDER, PRODUCT_NAME, userDataPath } from './appIdentity'
import { buildMenuTemplate, fillLabel, MENU_LABELS } from './appMenu'
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol'
import { createBackupStore } from './backupStore'
import { createHostServices } from './hostServices'
import { registerIpcHandlers } from './ipc'
import { PrintDocuments } from './printing'
import { isAllowedRequest, permissionDecision, shouldBlockNavigation, windowOpenHandler } from './security'
import { mainWindowOptions } from './windowOptions'
import { loadWindowState, restorableBounds, saveWindowState } from './windowState'

// --- Before `ready` -------------------------------------------------------------------------------------
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])
app.setName(PRODUCT_NAME)
app.setPath('userData', userDataPath(app.getPath('appData'), process.env))

/** The electron-vite dev server, in development only: a packaged app trusts nothing but `app://bundle`. */
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const devOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined

const rendererRoot = join(__dirname, '../renderer')
const preloadPath = join(__dirname, '../preload/index.js')
const printDocuments = new PrintDocuments()

let mainWindow: BrowserWindow | undefined
let language: UiLanguage = 'zh-CN'

function log(message: string, error?: unknown): void {
  console.error(`[main] ${message}`, error ?? '')
}

function applyMenu(): void {
  const template = buildMenuTemplate(language, { showAbout, devTools: !app.isPackaged })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

function showAbout(): void {
  const t = MENU_LABELS[language]
  const options = {
    type: 'info' as const,
    title: t.about,
    message: PRODUCT_NAME,
    detail: fillLabel(t.aboutDetail, { version: app.getVersion(), dataPath: app.getPath('userData') }),
    buttons: [t.ok],
  }
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options))
}

/** Every web contents (main window, print windows, anything else): stay on the app, open nothing. */
function lockDownWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (shouldBlockNavigation(event.url, devOrigin)) event.preventDefault()
    })
    contents.on('will-redirect', (event) => {
      if (shouldBlockNavigation(event.url, devOrigin)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(windowOpenHandler)
  })
}

function lockDownSession(): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(permissionDecision()))
  ses.setPermissionCheckHandler(() => permissionDecision())
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, devOrigin)
    if (!allowed) log(`blocked request to ${details.url}`)
    callback({ cancel: !allowed })
  })
}

async function createMainWindow(): Promise<void> {
  const userData = app.getPath('userData')
  const saved = await loadWindowState(userData)
  const bounds = restorableBounds(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  )
  const window = new BrowserWindow(mainWindowOptions({ preloadPath, ...(bounds ? { bounds } : {}) }))
  mainWindow = window
  if (bounds?.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())
  window.on('close', () => {
    const b = window.getNormalBounds()
    void saveWindowState(userData, { ...b, maximized: window.isMaximized() }).catch((e) => log('window state', e))
  })
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined
  })
  await window.loadURL(devServerUrl ?? APP_ENTRY_URL)
}

function focusMainWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

async function start(): Promise<void> {
  await app.whenReady()
  lockDownWebContents()
  lockDownSession()
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(rendererRoot, (path) => printDocuments.get(path)),
  )

  const userData = app.getPath('userData')
  registerIpcHandlers(
    ipcMain,
    createHostServices({
      mainWindow: () => mainWindow,
      backups: createBackupStore(join(userData, BACKUP_FOLDER)),
      printDocuments,
      dataPath: userData,
      setLanguage: (next) => {
        language = next
        applyMenu()
      },
    }),
    { mainFrame: () => mainWindow?.webContents.mainFrame, ...(devOrigin ? { devOrigin } : {}) },
    log,
  )
  applyMenu()
  await createMainWindow()
}

// --- One instance: a second start focuses the running window (two writers on one IndexedDB is data loss). --
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', focusMainWindow)
  app.on('window-all-closed', () => app.quit())
  start().catch((error) => {
    log('start failed', error)
    app.exit(1)
  })
}
