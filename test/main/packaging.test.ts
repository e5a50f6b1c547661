/**
 * electron-builder cannot run on the offline build machines (it downloads Electron), so its configuration is
 * checked here against electron-builder's own schema, and the identity it installs under is pinned.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const require = createRequire(resolve(import.meta.dirname, '../../package.json'))
const yaml = require('js-yaml') as { load(text: string): unknown }
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, debug: { add(): void; isEnabled: boolean }): Promise<void>
}

interface TargetEntry {
  target: string
  arch: string[]
}
interface BuilderConfig {
  appId: string
  productName: string
  files: string[]
  publish: null
  win: { target: TargetEntry[] }
  nsis: { oneClick: boolean; perMachine: boolean; installerLanguages: string[]; deleteAppDataOnUninstall: boolean }
  linux: { target: TargetEntry[] }
}

const config = yaml.load(
  readFileSync(resolve(import.meta.dirname, '../../electron-builder.yml'), 'utf8'),
) as BuilderConfig

describe('electron-builder.yml', () => {
  it('matches electron-builder’s configuration schema', async () => {
    await expect(validateConfiguration(config, { add: () => undefined, isEnabled: false })).resolves.toBeUndefined()
  })

  it('installs as 代表建议办理系统 under a fixed appId', () => {
    expect(config.productName).toBe('代表建议办理系统')
    expect(config.appId).toBe('cn.renda.daibiao-jianyi')
  })

  it('builds a Chinese NSIS installer for Windows x64 letting the user pick per-user or per-machine', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, installerLanguages: ['zh_CN'] })
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false)
  })

  it('builds .deb packages for x64 and arm64 (统信 UOS, 麒麟)', () => {
    expect(config.linux.target).toEqual([{ target: 'deb', arch: ['x64', 'arm64'] }])
  })

  it('packages only the build output and never publishes', () => {
    expect(config.files).toContain('out/**')
    expect(config.publish).toBeNull()
  })
})
