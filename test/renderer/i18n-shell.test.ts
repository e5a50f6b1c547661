/**
 * The shell's error texts come out translated: the error fallback and the not-found page rendered (server-side,
 * no DOM needed) with a fresh i18next instance in each language, and every host error code has a message.
 */
import { createElement, type ReactElement } from 'react'
import { renderToString } from 'react-dom/server'
import { createInstance, type i18n as I18n } from 'i18next'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import type { HostErrorCode } from '@shared/bridge/hostBridge'
import { namespaces, resources } from '@renderer/i18n/resources'
import { ErrorFallback } from '@renderer/app/ErrorFallback'
import { ErrorScreen } from '@renderer/app/ErrorScreen'
import { NotFoundPage } from '@renderer/app/NotFoundPage'
import { hostErrorKey } from '@renderer/app/useHostError'

async function i18nFor(lng: 'zh-CN' | 'en-US'): Promise<I18n> {
  const instance = createInstance()
  await instance.use(initReactI18next).init({ resources, lng, ns: namespaces, defaultNS: 'common', initAsync: false })
  return instance
}

async function render(lng: 'zh-CN' | 'en-US', element: ReactElement) {
  const i18n = await i18nFor(lng)
  return renderToString(createElement(I18nextProvider, { i18n }, element))
}

describe('shell error pages', () => {
  it('shows the error fallback in Chinese with a reload button and the error detail folded away', async () => {
    const html = await render('zh-CN', createElement(ErrorFallback, { error: new Error('boom') }))
    expect(html).toContain('页面出现错误')
    expect(html).toContain('重新加载')
    expect(html).toContain('返回工作台')
    expect(html).toContain('技术信息')
    expect(html).toContain('role="alert"')
  })

  it('shows the error fallback in English', async () => {
    const html = await render('en-US', createElement(ErrorFallback, { error: new Error('boom') }))
    expect(html).toContain('Something went wrong on this page')
    expect(html).toContain('Reload')
    expect(html).not.toContain('重新加载')
  })

  it('stands in with a plain translated message and a reload button while the full error screen loads', async () => {
    // Server rendering does not wait for the lazy ErrorFallback: what it prints is the stand-in.
    const zh = await render('zh-CN', createElement(ErrorScreen, { error: new Error('boom') }))
    expect(zh).toContain('role="alert"')
    expect(zh).toContain('data-testid="error-fallback"')
    expect(zh).toContain('页面出现错误')
    expect(zh).toContain('重新加载')
    expect(zh).not.toContain('技术信息')
    const en = await render('en-US', createElement(ErrorScreen, { error: new Error('boom'), fullPage: true }))
    expect(en).toContain('Something went wrong on this page')
    expect(en).toContain('padding:10vh 24px')
  })

  it('shows a translated not-found page linking home', async () => {
    expect(await render('zh-CN', createElement(NotFoundPage))).toContain('页面不存在')
    const en = await render('en-US', createElement(NotFoundPage))
    expect(en).toContain('Page not found')
    expect(en).toContain('href="#/"')
  })
})

describe('host error messages', () => {
  const codes: HostErrorCode[] = [
    'cancelled',
    'invalid-argument',
    'forbidden-sender',
    'too-large',
    'not-found',
    'io-failed',
    'print-failed',
    'internal',
  ]

  it('maps each code to a message in both languages', async () => {
    const zh = await i18nFor('zh-CN')
    const en = await i18nFor('en-US')
    expect(hostErrorKey('io-failed')).toBe('host.io-failed')
    for (const code of codes) {
      const key = `errors:${hostErrorKey(code)}`
      expect(zh.exists(key), `zh-CN ${key}`).toBe(true)
      expect(en.exists(key), `en-US ${key}`).toBe(true)
    }
    expect(zh.t('errors:host.print-failed')).toBe('打印失败，请检查打印机是否可用')
    expect(en.t('errors:host.not-found')).toBe('The file was not found')
  })
})
