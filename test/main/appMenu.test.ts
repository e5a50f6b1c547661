import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate, fillLabel, MENU_LABELS } from '../../src/main/appMenu'

const topLabels = (language: 'zh-CN' | 'en-US', devTools = false) =>
  buildMenuTemplate(language, { showAbout: vi.fn(), devTools }).map((item) => item.label)

describe('application menu', () => {
  it('is Chinese by default: 文件 编辑 视图 窗口 帮助', () => {
    expect(topLabels('zh-CN')).toEqual(['文件', '编辑', '视图', '窗口', '帮助'])
  })

  it('switches to English labels for an English UI', () => {
    expect(topLabels('en-US')).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
  })

  it('has the same entries in both languages', () => {
    expect(Object.keys(MENU_LABELS['en-US']).sort()).toEqual(Object.keys(MENU_LABELS['zh-CN']).sort())
  })

  it('offers developer tools only when asked (development builds)', () => {
    const view = (devTools: boolean) =>
      buildMenuTemplate('zh-CN', { showAbout: vi.fn(), devTools })[2]?.submenu as { role?: string }[]
    expect(view(false).some((i) => i.role === 'toggleDevTools')).toBe(false)
    expect(view(true).some((i) => i.role === 'toggleDevTools')).toBe(true)
  })

  it('calls the about action from 帮助 › 关于', () => {
    const showAbout = vi.fn()
    const help = buildMenuTemplate('zh-CN', { showAbout, devTools: false })[4]?.submenu as {
      label: string
      click: () => void
    }[]
    expect(help[0]?.label).toBe('关于')
    help[0]?.click()
    expect(showAbout).toHaveBeenCalledTimes(1)
  })

  it('fills placeholders in labels', () => {
    expect(fillLabel(MENU_LABELS['zh-CN'].aboutDetail, { version: '0.1.0', dataPath: 'D:\\数据' })).toBe(
      '版本 0.1.0\n数据位置：D:\\数据',
    )
  })
})
