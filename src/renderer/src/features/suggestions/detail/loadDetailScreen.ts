/** The detail screen's code, loaded on demand (once; later calls share the same load). */
import type { ComponentType } from 'react'

let loading: Promise<{ default: ComponentType }> | null = null

export function loadDetailScreen(): Promise<{ default: ComponentType }> {
  loading ??= import('./SuggestionDetail').then(
    (m) => ({ default: m.SuggestionDetail }),
    (error: unknown) => {
      loading = null // let a later visit try again
      throw error
    },
  )
  return loading
}
