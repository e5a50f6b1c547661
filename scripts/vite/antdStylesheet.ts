/**
 * antd's prebuilt stylesheet (antd/dist/antd.css, ≈ 1 MB: every component) without the components this app
 * never renders. The browser parses the whole sheet when the app opens and matches every element against its
 * rules, so each unused component costs start-up time on every launch (the list's first render counts it).
 *
 * `pruneAntdCss(css, unused)` drops each selector that names an unused component's class (`.ant-upload…`),
 * each rule left without selectors and each @media/@supports/@container block left empty; everything else is
 * kept byte for byte. `antdStylesheet()` is the Vite plugin that serves the pruned sheet for the import of
 * `antd/dist/antd.css`.
 *
 * The list is of components nothing in src/renderer imports from antd and no imported component renders
 * inside itself (Table renders Pagination, Checkbox, Radio, Dropdown, Menu, Spin, Empty and Tooltip — all
 * kept; Card's loading state renders Skeleton — kept). Importing one of these later means removing it here:
 * `test/tools/antdStylesheet.test.ts` fails when src imports a component listed.
 */
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

/** Class prefixes (after `.ant-`) of antd components the app does not use, with the component's export name. */
export const UNUSED_ANTD_COMPONENTS: Readonly<Record<string, string>> = {
  upload: 'Upload',
  tree: 'Tree',
  'select-tree': 'TreeSelect',
  'tree-select': 'TreeSelect',
  'color-picker': 'ColorPicker',
  mentions: 'Mentions',
  cascader: 'Cascader',
  tour: 'Tour',
  splitter: 'Splitter',
  transfer: 'Transfer',
  image: 'Image',
  carousel: 'Carousel',
  slider: 'Slider',
  rate: 'Rate',
  anchor: 'Anchor',
  'float-btn': 'FloatButton',
  qrcode: 'QRCode',
  'picker-calendar': 'Calendar',
  avatar: 'Avatar',
  ribbon: 'Badge.Ribbon',
  otp: 'Input.OTP',
  masonry: 'Masonry',
  watermark: 'Watermark',
  // The side menu is plain links (app/SideMenu.tsx); dropdown menus have their own classes (.ant-dropdown-menu).
  menu: 'Menu',
}

/** Splits at `sep` outside brackets, parentheses and quotes. */
function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quote: string | null = null
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) quote = null
    } else if (c === '"' || c === "'") quote = c
    else if (c === '(' || c === '[') depth++
    else if (c === ')' || c === ']') depth--
    else if (c === sep && depth === 0) {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  return parts
}

/** Index of the `}` closing the block whose `{` is at `open`. */
function blockEnd(css: string, open: number): number {
  let depth = 0
  let quote: string | null = null
  for (let i = open; i < css.length; i++) {
    const c = css[i]!
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) quote = null
    } else if (c === '"' || c === "'") quote = c
    else if (c === '{') depth++
    else if (c === '}' && --depth === 0) return i
  }
  throw new Error(`unbalanced braces in stylesheet from offset ${open}`)
}

const CONDITIONAL_GROUP = /^@(media|supports|container|layer)\b/

/** The stylesheet without the rules of `unused` components (class prefixes after `.ant-`). */
export function pruneAntdCss(css: string, unused: readonly string[] = Object.keys(UNUSED_ANTD_COMPONENTS)): string {
  if (unused.length === 0) return css
  const names = [...unused].sort((a, b) => b.length - a.length).map((n) => n.replace(/[-]/g, '\\-'))
  const unusedClass = new RegExp(`\\.ant-(?:${names.join('|')})(?![a-zA-Z0-9_])`)

  const prune = (block: string): string => {
    let out = ''
    let i = 0
    while (i < block.length) {
      const open = block.indexOf('{', i)
      if (open < 0) {
        out += block.slice(i)
        break
      }
      const semicolon = block.indexOf(';', i)
      if (block[i] === '@' && semicolon >= 0 && semicolon < open) {
        // A statement at-rule (@import, @charset): kept as it is.
        out += block.slice(i, semicolon + 1)
        i = semicolon + 1
        continue
      }
      const close = blockEnd(block, open)
      const prelude = block.slice(i, open)
      const body = block.slice(open + 1, close)
      const head = prelude.trim()
      if (CONDITIONAL_GROUP.test(head)) {
        const inner = prune(body)
        if (inner.trim()) out += `${prelude}{${inner}}`
      } else if (head.startsWith('@')) {
        out += block.slice(i, close + 1) // @keyframes, @font-face: no component classes in the prelude
      } else {
        const kept = splitTopLevel(prelude, ',').filter((selector) => !unusedClass.test(selector))
        if (kept.length) out += `${kept.join(',')}{${body}}`
      }
      i = close + 1
    }
    return out
  }
  return prune(css)
}

/** Serves the pruned stylesheet wherever the app imports `antd/dist/antd.css`. */
export function antdStylesheet(): Plugin {
  return {
    name: 'daibiao:antd-stylesheet',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0]!
      if (!/[\\/]antd[\\/]dist[\\/]antd\.css$/.test(file)) return null
      return pruneAntdCss(readFileSync(file, 'utf8'))
    },
  }
}
