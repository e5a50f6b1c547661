/**
 * Every locale has every key: scans src/renderer/src/i18n/locales/<language>/<namespace>.ts, and checks that
 * zh-CN and en-US have the same namespaces, the same keys (plural forms compared by their base key), non-empty
 * strings and the same {{interpolation}} variables.
 */
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { collectResources, namespaces, resources } from '@renderer/i18n/resources'

const LOCALES_DIR = resolve(import.meta.dirname, '../../src/renderer/src/i18n/locales')
const LANGUAGES = ['zh-CN', 'en-US'] as const
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

type Tree = { [key: string]: unknown }

function namespaceFiles(language: string): string[] {
  return readdirSync(join(LOCALES_DIR, language))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => f.slice(0, -3))
    .sort()
}

async function loadNamespace(language: string, ns: string): Promise<Tree> {
  const module = (await import(pathToFileURL(join(LOCALES_DIR, language, `${ns}.ts`)).href)) as { default: Tree }
  return module.default
}

/** Leaf entries as 'a.b.c' → value; reports non-string leaves as problems. */
function flatten(tree: Tree, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) flatten(value as Tree, path, out)
    else out.set(path, value)
  }
  return out
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? '')
}

/** Base key (plural suffix removed) → sorted interpolation variables over all its forms. */
function summarise(flat: Map<string, unknown>): Map<string, string[]> {
  const summary = new Map<string, Set<string>>()
  for (const [key, value] of flat) {
    const base = key.replace(PLURAL_SUFFIX, '')
    const vars = summary.get(base) ?? new Set<string>()
    if (typeof value === 'string') for (const v of variables(value)) vars.add(v)
    summary.set(base, vars)
  }
  return new Map([...summary].map(([k, v]) => [k, [...v].sort()]))
}

describe('locale resources', () => {
  it('has the same namespace files for every language', () => {
    const zh = namespaceFiles('zh-CN')
    expect(zh).toEqual(expect.arrayContaining(['common', 'errors', 'nav']))
    for (const language of LANGUAGES) expect(namespaceFiles(language), language).toEqual(zh)
  })

  it('collects every namespace file of every language into the i18next resources', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(resources[language] ?? {}).sort(), language).toEqual(namespaceFiles(language))
    }
    expect(namespaces).toEqual(namespaceFiles('zh-CN'))
  })

  for (const ns of namespaceFiles('zh-CN')) {
    it(`namespace '${ns}': same keys, non-empty strings and same {{variables}} in zh-CN and en-US`, async () => {
      const zh = flatten(await loadNamespace('zh-CN', ns))
      const en = flatten(await loadNamespace('en-US', ns))
      for (const [language, flat] of [
        ['zh-CN', zh],
        ['en-US', en],
      ] as const) {
        const bad = [...flat].filter(([, v]) => typeof v !== 'string' || v === '').map(([k]) => k)
        expect(bad, `${language}/${ns}: keys whose value is not a non-empty string`).toEqual([])
      }
      const zhSummary = summarise(zh)
      const enSummary = summarise(en)
      const missingInEn = [...zhSummary.keys()].filter((k) => !enSummary.has(k))
      const missingInZh = [...enSummary.keys()].filter((k) => !zhSummary.has(k))
      expect(missingInEn, `${ns}: keys in zh-CN missing from en-US`).toEqual([])
      expect(missingInZh, `${ns}: keys in en-US missing from zh-CN`).toEqual([])
      const differing = [...zhSummary]
        .filter(([k, vars]) => JSON.stringify(vars) !== JSON.stringify(enSummary.get(k)))
        .map(([k, vars]) => `${k}: zh-CN {${vars.join(',')}} en-US {${(enSummary.get(k) ?? []).join(',')}}`)
      expect(differing, `${ns}: interpolation variables differ`).toEqual([])
    })
  }

  it('translates every host error code in both languages', () => {
    const codes = [
      'cancelled',
      'invalid-argument',
      'forbidden-sender',
      'too-large',
      'not-found',
      'io-failed',
      'print-failed',
      'internal',
    ]
    for (const language of LANGUAGES) {
      const host = (resources[language]?.errors as Tree | undefined)?.host as Tree | undefined
      expect(Object.keys(host ?? {}).sort(), language).toEqual([...codes].sort())
    }
    expect((resources['zh-CN']?.errors as Tree).host).toMatchObject({ 'too-large': '文件过大，无法处理' })
  })

  it('names the app in both languages', () => {
    expect(resources['zh-CN']?.common?.appName).toBe('代表建议办理系统')
    expect(resources['en-US']?.common?.appName).toBe("Deputies' Suggestions Handling System")
  })
})

describe('collectResources', () => {
  it('groups locale modules by language folder and namespace file, ignoring other paths', () => {
    const collected = collectResources({
      './locales/zh-CN/common.ts': { default: { ok: '确定' } },
      './locales/en-US/common.ts': { default: { ok: 'OK' } },
      './locales/en-US/board.ts': { default: { title: 'Board' } },
      './somewhere/else.ts': { default: { x: 'y' } },
    })
    expect(collected).toEqual({
      'zh-CN': { common: { ok: '确定' } },
      'en-US': { common: { ok: 'OK' }, board: { title: 'Board' } },
    })
  })
})

describe('the key checker itself', () => {
  it('sees plural forms as one key and collects their variables', () => {
    const flat = flatten({ a: { count_one: 'one item', count_other: '{{count}} items' }, b: '{{ name, uppercase }}' })
    expect(Object.fromEntries(summarise(flat))).toEqual({ 'a.count': ['count'], b: ['name'] })
  })
})
