/**
 * The typed shape of the translation resources, taken from the zh-CN locale (the source language).
 *
 * There is no central list: each `locales/zh-CN/<ns>.ts` adds itself to `AppNamespaces` with a module
 * augmentation next to its default export, so a feature that adds a namespace file gets typed keys
 * (`t('board:title')`) without editing this file:
 *
 *   const board = { title: '交办看板' }
 *   export default board
 *   declare module '../../namespaces' {
 *     interface AppNamespaces { board: typeof board }
 *   }
 *
 * The en-US file mirrors the keys; test/renderer/i18n.test.ts checks that every locale has every key.
 */

// Filled by declaration merging from the zh-CN locale files; empty on purpose.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AppNamespaces {}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: AppNamespaces
  }
}
