import { describe, expect, it } from 'vitest'
import { mainWindowOptions, printWindowOptions } from '../../src/main/windowOptions'

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({ preloadPath: '/app/out/preload/index.js' })

  it('isolates and sandboxes the renderer with no Node access', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    })
  })

  it('has no remote module switch and no way to turn web security off', () => {
    expect(Object.keys(options.webPreferences ?? {})).not.toContain('enableRemoteModule')
    expect(JSON.stringify(options)).not.toMatch(/"(webSecurity|sandbox|contextIsolation)":false/)
  })

  it('opens at 1440 × 900 titled with the product name, hidden until ready', () => {
    expect(options).toMatchObject({ title: '代表建议办理系统', width: 1440, height: 900, show: false })
    expect(options.x).toBeUndefined()
  })

  it('uses remembered bounds when given', () => {
    const restored = mainWindowOptions({ preloadPath: '/p.js', bounds: { x: 10, y: 20, width: 1200, height: 800 } })
    expect([restored.x, restored.y, restored.width, restored.height]).toEqual([10, 20, 1200, 800])
  })
})

describe('printWindowOptions', () => {
  it('renders documents hidden, sandboxed, without JavaScript or a preload', () => {
    const options = printWindowOptions()
    expect(options.show).toBe(false)
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, javascript: false })
    expect(options.webPreferences?.preload).toBeUndefined()
  })

  it('turns the page for landscape documents', () => {
    expect([printWindowOptions(true).width, printWindowOptions(true).height]).toEqual([1123, 794])
  })
})
