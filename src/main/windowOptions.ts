/**
 * Options of the app's one window, built by a pure function so a test can assert every security switch.
 * The renderer runs sandboxed and isolated with no Node; everything it needs from the OS goes through the
 * preload's `window.host` bridge. Spellcheck is off: it would send words to a dictionary service and
 * underline Chinese names everywhere.
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron'
import { PRODUCT_NAME } from './appIdentity'

export const DEFAULT_WINDOW_SIZE = { width: 1440, height: 900 } as const
export const MIN_WINDOW_SIZE = { width: 1024, height: 680 } as const

export function mainWindowOptions(args: {
  preloadPath: string
  bounds?: Partial<Rectangle>
  iconPath?: string
}): BrowserWindowConstructorOptions {
  return {
    title: PRODUCT_NAME,
    width: args.bounds?.width ?? DEFAULT_WINDOW_SIZE.width,
    height: args.bounds?.height ?? DEFAULT_WINDOW_SIZE.height,
    ...(args.bounds?.x !== undefined && args.bounds.y !== undefined ? { x: args.bounds.x, y: args.bounds.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    ...(args.iconPath ? { icon: args.iconPath } : {}),
    webPreferences: {
      preload: args.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  }
}

/**
 * The hidden window that renders a document for printing or PDF: sandboxed, no preload, JavaScript off —
 * a letter is static HTML and must not run anything.
 */
export function printWindowOptions(landscape = false): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: landscape ? 1123 : 794,
    height: landscape ? 794 : 1123,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      offscreen: false,
    },
  }
}
