/**
 * 建议列表 (#/suggestions): the search box and filters, the count, and a virtualised table (SuggestionTable:
 * only the visible rows are in the DOM) over every match — 100,000 rows stay smooth because the filtering and
 * sorting happen in the store's in-memory list index. Loading and empty are told apart.
 */
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { Button, Empty, Flex, Spin, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { SuggestionListEntry, SuggestionListSort } from '../../../store/listEntries'
import { DEFAULT_SORT } from '../../../store/listEntries'
import { useSuggestionList } from '../../../store/useSuggestionList'
import { todayIso } from '../../common/clock'
import { useCalendar } from '../../common/useCalendar'
import { useReferenceData } from '../../common/useReferenceData'
import { EMPTY_VIEW, isFiltered, toListFilters } from './listFilterParams'
import { ListToolbar } from './ListToolbar'
import { useListView } from './useListView'
import { SuggestionTable } from './SuggestionTable'
import { loadDetailScreen } from '../detail/loadDetailScreen'

// Loaded on its own: exceljs must not weigh on the list's first render.
const ExportListButton = lazy(() =>
  import('../../export/ExportListButton').then((module) => ({ default: module.ExportListButton })),
)

/** After this long on the list, the detail screen's code loads in the background, so opening a row is quick. */
const DETAIL_PREFETCH_MS = 2000

/** Space kept below the table (the page's bottom padding). */
const BELOW_TABLE = 32
/**
 * Where the table's top edge is when the filters fit on one line (header, heading, toolbar, count line), until
 * measured. When it is right, the measurement changes nothing and the first render is the only one.
 */
const USUAL_TABLE_TOP = 323

const heightBelow = (top: number) => Math.max(240, Math.floor(window.innerHeight - Math.floor(top) - BELOW_TABLE))

/**
 * Height left for the table below its top edge, following window resizes. Measured before the first paint
 * (a layout effect), starting from the usual top so the first render already fills about the right height.
 */
function useBodyHeight(ref: React.RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(() => heightBelow(USUAL_TABLE_TOP))
  useLayoutEffect(() => {
    const measure = () => setHeight(heightBelow(ref.current?.getBoundingClientRect().top ?? USUAL_TABLE_TOP))
    measure()
    window.addEventListener('resize', measure)
    const observer = new ResizeObserver(measure)
    if (ref.current?.parentElement) observer.observe(ref.current.parentElement)
    return () => {
      window.removeEventListener('resize', measure)
      observer.disconnect()
    }
  }, [ref])
  return height
}

export function SuggestionList() {
  const { t, i18n } = useTranslation(['suggestions', 'workflow'])
  const navigate = useNavigate()
  const [view, setView] = useListView()
  const reference = useReferenceData()
  const calendar = useCalendar()
  const today = todayIso()
  const filters = useMemo(() => toListFilters(view, today), [view, today])
  const list = useSuggestionList(filters, view.sort)
  const tableRef = useRef<HTMLDivElement>(null)
  const bodyHeight = useBodyHeight(tableRef)
  const onChange = useCallback((change: Parameters<typeof setView>[0]) => setView(change), [setView])
  useEffect(() => {
    const timer = window.setTimeout(() => void loadDetailScreen().catch(() => undefined), DETAIL_PREFETCH_MS)
    return () => window.clearTimeout(timer)
  }, [])

  const unitName = useCallback((id: string) => reference?.unitById.get(id)?.name ?? '', [reference])
  const openRow = useCallback((row: SuggestionListEntry) => navigate(`/suggestions/${row.id}`), [navigate])
  const onSort = useCallback((sort: SuggestionListSort | null) => setView({ sort: sort ?? DEFAULT_SORT }), [setView])

  const filtered = isFiltered(view)
  let body: React.ReactNode
  if (list.status === 'loading' && list.rows.length === 0) {
    body = (
      <Flex vertical align="center" gap={12} style={{ padding: 64 }} data-testid="list-loading">
        <Spin size="large" />
        <Typography.Text type="secondary">{t('list.loading')}</Typography.Text>
      </Flex>
    )
  } else if (list.status === 'ready' && list.total === 0) {
    body = filtered ? (
      <Empty description={t('list.noMatch')} data-testid="list-no-match" style={{ padding: 48 }}>
        <Button onClick={() => setView({ ...EMPTY_VIEW, sort: view.sort })}>{t('list.clearFilters')}</Button>
      </Empty>
    ) : (
      <Empty
        description={
          <Flex vertical gap={4}>
            <Typography.Text strong>{t('list.empty')}</Typography.Text>
            <Typography.Text type="secondary">{t('list.emptyHint')}</Typography.Text>
          </Flex>
        }
        data-testid="list-empty"
        style={{ padding: 48 }}
      >
        <Flex gap={8} justify="center">
          <Button type="primary" onClick={() => navigate('/register')}>
            {t('list.register')}
          </Button>
          <Button onClick={() => navigate('/import')}>{t('list.import')}</Button>
        </Flex>
      </Empty>
    )
  } else {
    body = (
      <SuggestionTable
        rows={list.rows}
        sort={view.sort}
        onSort={onSort}
        onOpen={openRow}
        unitName={unitName}
        calendar={calendar}
        today={today}
        height={bodyHeight}
      />
    )
  }

  return (
    <Flex vertical gap={12}>
      <ListToolbar view={view} onChange={onChange} reference={reference} />
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary" data-testid="suggestion-count" data-status={list.status}>
          {list.status === 'ready'
            ? t('list.count', { count: list.total })
            : t('list.countLoading', { count: list.total })}
        </Typography.Text>
        <Flex gap={8} align="center">
          {filtered && (
            <Button size="small" type="link" onClick={() => setView({ ...EMPTY_VIEW, sort: view.sort })}>
              {t('list.clearFilters')}
            </Button>
          )}
          <Suspense fallback={null}>
            <ExportListButton filters={filters} rows={list.rows} />
          </Suspense>
        </Flex>
      </Flex>
      <div ref={tableRef} lang={i18n.language}>
        {body}
      </div>
    </Flex>
  )
}
