/**
 * The rows of the 建议列表: a table of plain elements whose body is virtualised (only the rows in view are in
 * the DOM), so 100,000 matches scroll smoothly and the first page renders in one pass — the rows of the first
 * screen are laid out from the height the body will have, without a measuring render first.
 *
 * Sortable headers (编号, 标题, 最近期限) cycle ascending → descending → the default order, as antd tables do.
 * A row opens the suggestion on click, Enter or Space; ↑/↓ move between rows. Stage and urgency are shown as
 * plain coloured chips (common/chip.css) rather than antd Tags: a screenful of rows holds forty of them.
 */
import { memo, useCallback, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { CaretDownFilled, CaretUpFilled, StarFilled } from '@ant-design/icons'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import type { WorkingDayCalendar } from '@shared/domain/calendar/workingDayCalendar'
import type { Id, SuggestionStage } from '@shared/domain/model'
import { dueStatus } from '@shared/domain/overdue'
import type { SuggestionListEntry, SuggestionListSort, SuggestionSortField } from '../../../store/listEntries'
import { urgencyColours, urgencyText } from '../../common/dueUrgency'
import { stageColours } from '../../common/StageTag'
import '../../common/chip.css'
import './suggestionTable.css'

/** Height of one row (suggestionTable.css lays rows out at this height). */
export const ROW_HEIGHT = 48
/** Height of the header row. */
export const HEADER_HEIGHT = 47

type ColumnKey = 'number' | 'title' | 'leadDeputy' | 'delegation' | 'category' | 'stage' | 'leadUnit' | 'nearestDue'

interface Column {
  key: ColumnKey
  width: number
  sortField?: SuggestionSortField
}

const COLUMNS: readonly Column[] = [
  { key: 'number', width: 100, sortField: 'number' },
  { key: 'title', width: 240, sortField: 'title' },
  { key: 'leadDeputy', width: 90 },
  { key: 'delegation', width: 110 },
  { key: 'category', width: 90 },
  { key: 'stage', width: 90 },
  { key: 'leadUnit', width: 150 },
  { key: 'nearestDue', width: 240, sortField: 'nearestDue' },
]
/** Title gets what is left; the others keep their width. */
const GRID_COLUMNS = COLUMNS.map((c) => (c.key === 'title' ? `minmax(${c.width}px, 1fr)` : `${c.width}px`)).join(' ')
const MIN_WIDTH = COLUMNS.reduce((sum, c) => sum + c.width, 0)

export interface SuggestionTableProps {
  rows: readonly SuggestionListEntry[]
  sort: SuggestionListSort
  /** The next sort after a header click; null restores the default order. */
  onSort: (sort: SuggestionListSort | null) => void
  onOpen: (row: SuggestionListEntry) => void
  unitName: (id: Id) => string
  calendar: WorkingDayCalendar | undefined
  today: string
  /** Height of the scrolling body, header included. */
  height: number
}

export function SuggestionTable(props: SuggestionTableProps) {
  const { t, i18n } = useTranslation(['suggestions', 'workflow'])
  const scrollRef = useRef<HTMLDivElement>(null)
  const { rows } = props
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollPaddingStart: HEADER_HEIGHT,
    // The body's size before it is measured, so the first render already holds the rows in view.
    initialRect: { width: MIN_WIDTH, height: props.height },
    getItemKey: (i) => rows[i]?.id ?? i,
  })

  const nextSort = (field: SuggestionSortField): SuggestionListSort | null => {
    if (props.sort.field !== field) return { field, direction: 'asc' }
    return props.sort.direction === 'asc' ? { field, direction: 'desc' } : null
  }

  const { onOpen } = props
  const onRowKeyDown = useCallback(
    (row: SuggestionListEntry, index: number, e: KeyboardEvent<HTMLDivElement>) => {
      const focusRow = (wanted: number) => {
        const target = Math.max(0, Math.min(wanted, rows.length - 1))
        virtualizer.scrollToIndex(target, { align: 'auto' })
        const focus = () =>
          scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${target}"]`)?.focus({ preventScroll: true })
        requestAnimationFrame(() => requestAnimationFrame(focus))
      }
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault()
        onOpen(row)
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault()
        focusRow(index + (e.key === 'ArrowDown' ? 1 : -1))
      } else if (e.key === 'Home' || e.key === 'End') {
        e.preventDefault()
        focusRow(e.key === 'Home' ? 0 : rows.length - 1)
      }
    },
    [rows.length, onOpen, virtualizer],
  )
  const dueText = useCallback(
    (key: 'due.overdueBy' | 'due.dueToday' | 'due.daysLeft', params?: { days: number }) =>
      t(`workflow:${key}`, params ?? {}),
    [t],
  )
  const moreUnits = useCallback((count: number) => t('moreUnits', { count }), [t])
  const stageName = useCallback((stage: SuggestionStage) => t(`workflow:stages.${stage}`), [t])

  return (
    <div
      ref={scrollRef}
      className="suggestion-table"
      style={{ height: props.height }}
      role="table"
      aria-rowcount={rows.length + 1}
      aria-label={t('list.tableLabel')}
      lang={i18n.language}
      data-testid="suggestion-table"
    >
      <div className="suggestion-table-inner" style={{ minWidth: MIN_WIDTH }}>
        <div
          className="suggestion-table-head"
          role="row"
          aria-rowindex={1}
          style={{ gridTemplateColumns: GRID_COLUMNS }}
        >
          {COLUMNS.map((c) => {
            const sorted = c.sortField && props.sort.field === c.sortField ? props.sort.direction : null
            return (
              <div
                key={c.key}
                role="columnheader"
                className="suggestion-table-th"
                aria-sort={
                  c.sortField ? (sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none') : undefined
                }
              >
                {c.sortField ? (
                  <button
                    type="button"
                    className="suggestion-table-sorter"
                    onClick={() => props.onSort(nextSort(c.sortField!))}
                    data-testid={`sort-${c.key}`}
                  >
                    <span>{t(`columns.${c.key}`)}</span>
                    <span className="suggestion-table-sort-icons" aria-hidden>
                      <CaretUpFilled className={sorted === 'asc' ? 'active' : undefined} />
                      <CaretDownFilled className={sorted === 'desc' ? 'active' : undefined} />
                    </span>
                  </button>
                ) : (
                  t(`columns.${c.key}`)
                )}
              </div>
            )
          })}
        </div>
        <div className="suggestion-table-body" style={{ height: virtualizer.getTotalSize() }} role="rowgroup">
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!
            return (
              <SuggestionRow
                key={item.key}
                row={row}
                index={item.index}
                top={item.start}
                unitName={props.unitName}
                calendar={props.calendar}
                today={props.today}
                dueText={dueText}
                keyMark={t('keyMark')}
                moreUnits={moreUnits}
                stageName={stageName}
                onOpen={onOpen}
                onKeyDown={onRowKeyDown}
              />
            )
          })}
        </div>
      </div>
    </div>
  )
}

interface SuggestionRowProps {
  row: SuggestionListEntry
  index: number
  top: number
  unitName: (id: Id) => string
  calendar: WorkingDayCalendar | undefined
  today: string
  dueText: Parameters<typeof urgencyText>[0]
  keyMark: string
  moreUnits: (count: number) => string
  stageName: (stage: SuggestionStage) => string
  onOpen: (row: SuggestionListEntry) => void
  onKeyDown: (row: SuggestionListEntry, index: number, e: KeyboardEvent<HTMLDivElement>) => void
}

const SuggestionRow = memo(function SuggestionRow(props: SuggestionRowProps) {
  const { row } = props
  const status = row.nearestDue && props.calendar ? dueStatus(row.nearestDue, props.today, props.calendar) : null
  const [firstUnit, ...otherUnits] = row.unitIds
  const cells: Record<ColumnKey, ReactNode> = {
    number: (
      <>
        {row.key && <StarFilled className="suggestion-table-key" aria-label={props.keyMark} title={props.keyMark} />}
        <span>{row.numberText}</span>
      </>
    ),
    title: <span title={row.title}>{row.title}</span>,
    leadDeputy: <span title={row.leadDeputy}>{row.leadDeputy}</span>,
    delegation: <span title={row.delegation ?? undefined}>{row.delegation}</span>,
    category: <span title={row.category ?? undefined}>{row.category}</span>,
    stage: (
      <span className={`chip chip-${stageColours[row.stage]}`} data-testid="stage-tag">
        {props.stageName(row.stage)}
      </span>
    ),
    leadUnit: firstUnit ? (
      <span title={row.unitIds.map(props.unitName).join('\u3001')}>
        {props.unitName(firstUnit)}
        {otherUnits.length > 0 && (
          <span className="suggestion-table-muted"> {props.moreUnits(row.unitIds.length)}</span>
        )}
      </span>
    ) : (
      <span className="suggestion-table-muted">—</span>
    ),
    nearestDue: row.nearestDue ? (
      <>
        <span>{row.nearestDue}</span>
        {status && (
          <span className={`chip chip-${urgencyColours[status.urgency]}`} data-urgency={status.urgency}>
            {urgencyText(props.dueText, status.workingDaysLeft)}
          </span>
        )}
      </>
    ) : (
      <span className="suggestion-table-muted">—</span>
    ),
  }
  return (
    <div
      className="suggestion-table-row"
      role="row"
      aria-rowindex={props.index + 2}
      tabIndex={0}
      style={{ transform: `translateY(${props.top}px)`, gridTemplateColumns: GRID_COLUMNS }}
      onClick={() => props.onOpen(row)}
      onKeyDown={(e) => props.onKeyDown(row, props.index, e)}
      data-testid="suggestion-row"
      data-id={row.id}
      data-row-index={props.index}
    >
      {COLUMNS.map((c) => (
        <div key={c.key} role="cell" className={`suggestion-table-td suggestion-table-${c.key}`}>
          {cells[c.key]}
        </div>
      ))}
    </div>
  )
})
