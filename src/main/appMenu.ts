/**
 * The application menu, in the UI language the renderer reports via `setLanguage`. Main keeps its own small
 * label table (zh-CN / en-US) instead of loading i18next: a handful of fixed words, no plurals, no params.
 * Items use Electron roles so the OS does the work (copy, paste, zoom…); nothing here reaches the network.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { UiLanguage } from '@shared/bridge/hostBridge'

export const MENU_LABELS = {
  'zh-CN': {
    file: '文件',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新加载',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullscreen: '全屏',
    devTools: '开发者工具',
    window: '窗口',
    minimize: '最小化',
    close: '关闭',
    help: '帮助',
    about: '关于',
    aboutDetail: '版本 {version}\n数据位置：{dataPath}',
    ok: '确定',
  },
  'en-US': {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullscreen: 'Full Screen',
    devTools: 'Developer Tools',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close',
    help: 'Help',
    about: 'About',
    aboutDetail: 'Version {version}\nData folder: {dataPath}',
    ok: 'OK',
  },
} as const satisfies Record<UiLanguage, Record<string, string>>

export type MenuLabels = (typeof MENU_LABELS)[UiLanguage]

export function buildMenuTemplate(
  language: UiLanguage,
  actions: { showAbout: () => void; devTools: boolean },
): MenuItemConstructorOptions[] {
  const t = MENU_LABELS[language]
  const view: MenuItemConstructorOptions[] = [
    { label: t.reload, role: 'reload' },
    { type: 'separator' },
    { label: t.resetZoom, role: 'resetZoom' },
    { label: t.zoomIn, role: 'zoomIn' },
    { label: t.zoomOut, role: 'zoomOut' },
    { type: 'separator' },
    { label: t.fullscreen, role: 'togglefullscreen' },
  ]
  if (actions.devTools) view.push({ type: 'separator' }, { label: t.devTools, role: 'toggleDevTools' })
  return [
    { label: t.file, submenu: [{ label: t.quit, role: 'quit' }] },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, role: 'undo' },
        { label: t.redo, role: 'redo' },
        { type: 'separator' },
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        { label: t.selectAll, role: 'selectAll' },
      ],
    },
    { label: t.view, submenu: view },
    {
      label: t.window,
      submenu: [
        { label: t.minimize, role: 'minimize' },
        { label: t.close, role: 'close' },
      ],
    },
    { label: t.help, submenu: [{ label: t.about, click: actions.showAbout }] },
  ]
}

/** `{name}` placeholders filled from `params`. */
export function fillLabel(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole)
}
