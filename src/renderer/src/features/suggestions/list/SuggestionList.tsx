/**
 * 建议列表 (#/suggestions): the search box and filters, the count, and a virtualised table (antd Table
 * `virtual`, only the visible rows are in the DOM) over every match — 100,000 rows stay smooth because the
 * filtering and sorting happen in the store's in-memory list index. Loading and empty are told apart.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type HTMLAttributes } from 'react'
import { useNavigate } from 'react-router-dom'
import { Button, Empty, Flex, Spin, Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType, SorterResult } from 'antd/es/table/interface'
import { StarFilled } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { dueStatus } from '@shared/domain/overdue'
import type { SuggestionListEntry, SuggestionSortField } from '../../../store/listEntries'
import { DEFAULT_SORT } from '../../../store/listEntries'
import { useSuggestionList } from '../../../store/useSuggestionList'
import { todayIso } from '../../common/clock'
import { urgencyColours, urgencyText } from '../../common/DueDateExplanation'
import { StageTag } from '../../common/StageTag'
import { useCalendar } from '../../common/useCalendar'
import { useReferenceData } from '../useReferenceData'
import { EMPTY_VIEW, isFiltered, toListFilters } from './listFilterParams'
import { ListToolbar } from './ListToolbar'
import { useListView } from './useListView'
import { loadDetailScreen } from '../detail/loadDetailScreen'

// Loaded on its own: exceljs must not weigh on the list's first render.
const ExportListButton = lazy(() =>
  import('../../export/ExportListButton').then((module) => ({ default: module.ExportListButton })),
)

/** After this long on the list, the detail screen's code loads in the background, so opening a row is quick. */
const DETAIL_PREFETCH_MS = 2000

/** Height left for the table body below its top edge, following window resizes. */
function useBodyHeight(ref: React.RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(480)
  useEffect(() => {
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 300
      setHeight(Math.max(240, window.innerHeight - top - 24 - 56))
    }
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
  const sortOrder = (field: SuggestionSortField) =>
    view.sort.field === field ? (view.sort.direction === 'asc' ? ('ascend' as const) : ('descend' as const)) : null

  const columns: ColumnsType<SuggestionListEntry> = [
    {
      key: 'number',
      title: t('columns.number'),
      dataIndex: 'numberText',
      width: 100,
      sorter: true,
      sortOrder: sortOrder('number'),
      render: (_, row) => (
        <Flex gap={4} align="center">
          {row.key && (
            <Tooltip title={t('keyMark')}>
              <StarFilled style={{ color: '#fa8c16' }} aria-label={t('keyMark')} />
            </Tooltip>
          )}
          <span>{row.numberText}</span>
        </Flex>
      ),
    },
    {
      key: 'title',
      title: t('columns.title'),
      dataIndex: 'title',
      width: 270,
      ellipsis: { showTitle: true },
      sorter: true,
      sortOrder: sortOrder('title'),
    },
    { key: 'leadDeputy', title: t('columns.leadDeputy'), dataIndex: 'leadDeputy', width: 90, ellipsis: true },
    { key: 'delegation', title: t('columns.delegation'), dataIndex: 'delegation', width: 110, ellipsis: true },
    { key: 'category', title: t('columns.category'), dataIndex: 'category', width: 90, ellipsis: true },
    {
      key: 'stage',
      title: t('columns.stage'),
      dataIndex: 'stage',
      width: 90,
      render: (_, row) => <StageTag stage={row.stage} />,
    },
    {
      key: 'leadUnit',
      title: t('columns.leadUnit'),
      width: 160,
      ellipsis: true,
      render: (_, row) => {
        const [first, ...rest] = row.unitIds
        if (!first) return <Typography.Text type="secondary">—</Typography.Text>
        return (
          <span title={row.unitIds.map(unitName).join('\u3001')}>
            {unitName(first)}
            {rest.length > 0 && (
              <Typography.Text type="secondary"> {t('moreUnits', { count: row.unitIds.length })}</Typography.Text>
            )}
          </span>
        )
      },
    },
    {
      key: 'nearestDue',
      title: t('columns.nearestDue'),
      dataIndex: 'nearestDue',
      width: 200,
      sorter: true,
      sortOrder: sortOrder('nearestDue'),
      render: (_, row) => {
        if (!row.nearestDue) return <Typography.Text type="secondary">—</Typography.Text>
        const status = calendar ? dueStatus(row.nearestDue, today, calendar) : null
        return (
          <Flex gap={6} align="center">
            <span>{row.nearestDue}</span>
            {status && (
              <Tag color={urgencyColours[status.urgency]} style={{ marginInlineEnd: 0 }} data-urgency={status.urgency}>
                {urgencyText((key, params) => t(`workflow:${key}`, params ?? {}), status.workingDaysLeft)}
              </Tag>
            )}
          </Flex>
        )
      },
    },
  ]
  const scrollX = columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 0), 0)

  const onTableChange = (sorter: SorterResult<SuggestionListEntry> | SorterResult<SuggestionListEntry>[]) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter
    const field = s?.columnKey as SuggestionSortField | undefined
    if (!s?.order || !field) setView({ sort: DEFAULT_SORT })
    else setView({ sort: { field, direction: s.order === 'ascend' ? 'asc' : 'desc' } })
  }

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
      <Table<SuggestionListEntry>
        virtual
        size="middle"
        rowKey="id"
        columns={columns}
        dataSource={list.rows}
        pagination={false}
        scroll={{ x: scrollX, y: bodyHeight }}
        showSorterTooltip={false}
        onChange={(_p, _f, sorter) => onTableChange(sorter)}
        onRow={(row) =>
          ({
            onClick: () => navigate(`/suggestions/${row.id}`),
            style: { cursor: 'pointer' },
            'data-testid': 'suggestion-row',
            'data-id': row.id,
          }) as HTMLAttributes<HTMLElement>
        }
        data-testid="suggestion-table"
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
