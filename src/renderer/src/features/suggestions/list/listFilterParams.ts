/**
 * The list's filters, sort and search as URL query parameters (`#/suggestions?stage=assigned&q=停车`), so a
 * view can be bookmarked, and the last view is kept in localStorage so coming back from the menu restores it.
 * Pure parsing and writing; `useListFilters` wires it to the router.
 */
import { addDays } from '@shared/domain/dates'
import type { IsoDate, SuggestionStage } from '@shared/domain/model'
import type { SuggestionListFilters, SuggestionListSort, SuggestionSortField } from '../../../store/listEntries'
import { DEFAULT_SORT } from '../../../store/listEntries'

export interface ListView {
  sessionId: string | null
  category: string | null
  stages: SuggestionStage[]
  unitId: string | null
  key: boolean | null
  overdue: boolean
  query: string
  sort: SuggestionListSort
}

export const EMPTY_VIEW: ListView = {
  sessionId: null,
  category: null,
  stages: [],
  unitId: null,
  key: null,
  overdue: false,
  query: '',
  sort: DEFAULT_SORT,
}

const STAGES: readonly SuggestionStage[] = [
  'registered',
  'accepted',
  'not-accepted',
  'withdrawn',
  'merged',
  'assigned',
  'closed',
]
const SORT_FIELDS: readonly SuggestionSortField[] = ['number', 'receivedOn', 'updatedAt', 'nearestDue', 'title']

export function parseListView(params: URLSearchParams): ListView {
  const [field, direction] = (params.get('sort') ?? '').split(':')
  const sort: SuggestionListSort =
    SORT_FIELDS.includes(field as SuggestionSortField) && (direction === 'asc' || direction === 'desc')
      ? { field: field as SuggestionSortField, direction }
      : DEFAULT_SORT
  const keyParam = params.get('key')
  return {
    sessionId: params.get('session') || null,
    category: params.get('category') || null,
    stages: (params.get('stage') ?? '')
      .split(',')
      .filter((s): s is SuggestionStage => STAGES.includes(s as SuggestionStage)),
    unitId: params.get('unit') || null,
    key: keyParam === '1' ? true : keyParam === '0' ? false : null,
    overdue: params.get('overdue') === '1',
    query: params.get('q') ?? '',
    sort,
  }
}

export function listViewParams(view: ListView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.sessionId) params.set('session', view.sessionId)
  if (view.category) params.set('category', view.category)
  if (view.stages.length) params.set('stage', view.stages.join(','))
  if (view.unitId) params.set('unit', view.unitId)
  if (view.key !== null) params.set('key', view.key ? '1' : '0')
  if (view.overdue) params.set('overdue', '1')
  if (view.query.trim()) params.set('q', view.query)
  if (view.sort.field !== DEFAULT_SORT.field || view.sort.direction !== DEFAULT_SORT.direction) {
    params.set('sort', `${view.sort.field}:${view.sort.direction}`)
  }
  return params
}

/** True when any filter or search narrows the list (the sort does not). */
export function isFiltered(view: ListView): boolean {
  return (
    view.sessionId !== null ||
    view.category !== null ||
    view.stages.length > 0 ||
    view.unitId !== null ||
    view.key !== null ||
    view.overdue ||
    view.query.trim() !== ''
  )
}

/** The store's filters for a view; overdue means the nearest open due date is before today. */
export function toListFilters(view: ListView, today: IsoDate): SuggestionListFilters {
  return {
    sessionId: view.sessionId,
    category: view.category,
    stages: view.stages,
    unitId: view.unitId,
    key: view.key,
    dueOnOrBefore: view.overdue ? addDays(today, -1) : null,
    query: view.query,
  }
}
