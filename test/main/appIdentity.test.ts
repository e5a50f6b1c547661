/**
 * Pins the app's origin and data folder. If this test fails, STOP: IndexedDB data belongs to the origin
 * (`app://bundle`) inside the profile folder (`<appData>/daibiao-jianyi`). Changing either makes the next
 * start open an empty database while the users' data sits unreachable on disk — Electron apps have lost
 * data exactly this way. A change needs a data migration, not an update to this test.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_DATA_FOLDER, APP_ENTRY_URL, APP_ORIGIN, PRODUCT_NAME, userDataPath } from '../../src/main/appIdentity'
import pkg from '../../package.json'

describe('app identity (pinned: the users’ data depends on it)', () => {
  it('serves the renderer from the fixed origin app://bundle', () => {
    expect(APP_ORIGIN).toBe('app://bundle')
    expect(APP_ENTRY_URL).toBe('app://bundle/index.html')
  })

  it('keeps the profile in <appData>/daibiao-jianyi', () => {
    expect(APP_DATA_FOLDER).toBe('daibiao-jianyi')
    expect(userDataPath('/home/u/.config')).toBe(join('/home/u/.config', 'daibiao-jianyi'))
    expect(pkg.name).toBe('daibiao-jianyi')
  })

  it('shows the product name 代表建议办理系统', () => {
    expect(PRODUCT_NAME).toBe('代表建议办理系统')
    expect(pkg.productName).toBe('代表建议办理系统')
  })

  it('accepts only an absolute override of the profile folder (for tests)', () => {
    expect(userDataPath('/home/u/.config', { DAIBIAO_USER_DATA_DIR: '/tmp/e2e-profile' })).toBe('/tmp/e2e-profile')
    expect(userDataPath('/home/u/.config', { DAIBIAO_USER_DATA_DIR: 'relative/dir' })).toBe(
      join('/home/u/.config', 'daibiao-jianyi'),
    )
  })
})
