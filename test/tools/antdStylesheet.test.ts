import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pruneAntdCss, UNUSED_ANTD_COMPONENTS } from '../../scripts/vite/antdStylesheet'

const repo = join(import.meta.dirname, '../..')

describe('pruneAntdCss', () => {
  it('drops the selectors of unused components and keeps everything else as it was', () => {
    const css =
      '.ant-btn{color:red;}.ant-upload,.ant-btn-link{margin:0;}.ant-upload-list{display:none;}' +
      '@media (max-width:575px){.ant-upload{width:1px;}.ant-col-xs-1{flex:0;}}' +
      '@media print{.ant-tree{display:none;}}' +
      '@keyframes antFadeIn{0%{opacity:0;}100%{opacity:1;}}' +
      ':where(.ant-select,.ant-upload-wrapper) .x{top:0;}' +
      '.ant-slide-up-enter{opacity:0;}.ant-select-tree-node{x:1;}.ant-tree-select-dropdown{x:2;}'
    expect(pruneAntdCss(css, ['upload', 'tree', 'select-tree', 'tree-select', 'slider'])).toBe(
      '.ant-btn{color:red;}.ant-btn-link{margin:0;}' +
        '@media (max-width:575px){.ant-col-xs-1{flex:0;}}' +
        '@keyframes antFadeIn{0%{opacity:0;}100%{opacity:1;}}' +
        '.ant-slide-up-enter{opacity:0;}',
    )
  })

  it('keeps strings and bracketed commas intact', () => {
    const css = '.a[title="x,{y}"]{content:"}";}.ant-rate,.b:is(.c,.d){z:1;}'
    expect(pruneAntdCss(css, ['rate'])).toBe('.a[title="x,{y}"]{content:"}";}.b:is(.c,.d){z:1;}')
  })

  it('shrinks the real antd stylesheet and keeps the components the app renders', () => {
    const css = readFileSync(join(repo, 'node_modules/antd/dist/antd.css'), 'utf8')
    const pruned = pruneAntdCss(css)
    expect(pruned.length).toBeLessThan(css.length * 0.8)
    for (const kept of ['.ant-select-dropdown', '.ant-table-tbody', '.ant-picker-dropdown', '.ant-col-lg-16']) {
      expect(pruned).toContain(kept)
    }
    expect(pruned).toContain('.ant-dropdown-menu-item')
    for (const dropped of ['.ant-upload', '.ant-color-picker', '.ant-cascader', '.ant-tour', '.ant-menu-item']) {
      expect(pruned).not.toContain(dropped)
    }
  })

  it('names no component that the renderer imports from antd', () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else if (/\.tsx?$/.test(name)) files.push(path)
      }
    }
    walk(join(repo, 'src/renderer/src'))
    const imported = new Set<string>()
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'antd'/g)) {
        for (const name of m[1]!.split(',')) imported.add(name.replace(/^\s*type\s+/, '').trim())
      }
    }
    expect(imported.has('Select')).toBe(true) // the scan sees the app's imports
    // Sub-components (Badge.Ribbon, Input.OTP) are not imported by name; their parents are in use.
    const unusedNames = new Set(Object.values(UNUSED_ANTD_COMPONENTS).filter((n) => !n.includes('.')))
    expect([...imported].filter((n) => unusedNames.has(n))).toEqual([])
  })
})
