/** The list view (filters, sort, search) kept in the URL query and remembered in localStorage. */
import { useCallback, useEffect, useMemo } from 'react'
import { useSearchParams } from 'react-router-dom'
import { listViewParams, parseListView, type ListView } from './listFilterParams'

const STORAGE_KEY = 'daibiao-jianyi.suggestions.view'

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}

export function useListView(): [ListView, (change: Partial<ListView>) => void] {
  const [params, setParams] = useSearchParams()
  const query = params.toString()
  const view = useMemo(() => parseListView(new URLSearchParams(query)), [query])

  // Opened without a query (from the menu): bring back the last view.
  useEffect(() => {
    if (query !== '') return
    const last = stored()
    if (last) setParams(new URLSearchParams(last), { replace: true })
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const update = useCallback(
    (change: Partial<ListView>) => {
      const next = listViewParams({ ...view, ...change })
      try {
        localStorage.setItem(STORAGE_KEY, next.toString())
      } catch {
        // Storage unavailable: the URL still holds the view.
      }
      setParams(next, { replace: true })
    },
    [view, setParams],
  )
  return [view, update]
}
