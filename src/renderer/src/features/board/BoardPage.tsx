/**
 * 交办看板 (#/board): suggestions in play as cards in stage columns with counts, or each unit's load. Dragging a
 * card to another column (or Ctrl+←/→ on a focused card) starts the matching action with its form; a move the
 * workflow forbids is refused with the reason. Every action is also in the card's menu. Cards in 待交办 can be
 * selected (checkbox, Ctrl/Shift-click, Space) and assigned in one step.
 *
 * On open the board is drawn from what was stored when it was last shown, marked 正在更新… and read-only (no
 * drag, no selection, the card menu waits): first its first screen when the app opens on the board (counts and
 * top cards, store/boardFirstScreen.ts), then the snapshot of every card (store/boardSnapshot.ts), each only
 * when current; the live data, loaded right after the snapshot is drawn, replaces them.
 */
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react'
import { App, Flex, Spin } from 'antd'
import type { MenuProps } from 'antd'
import { useNavigate } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { commandForMove } from '@shared/domain/boardStage'
import type { Id } from '@shared/domain/model'
import { getDb } from '../../store/db'
import { FIRST_SCREEN_CARDS } from '../../store/boardFirstScreen'
import { getBoardIndex, loadBoardAggregate } from '../../store/boardQueries'
import { useBoardData, useBoardFirstScreen } from '../../store/useBoardData'
import { RequireOperator } from '../common/RequireOperator'
import { nowIso, todayIso } from '../common/clock'
import { useCalendar } from '../common/useCalendar'
import { canEdit, useOperator } from '../operators'
import { useReferenceData } from '../common/useReferenceData'
import { useUnitDirectory } from '../workflowForms/useUnitDirectory'
import type { WorkflowFormRequest } from '../workflowForms/WorkflowFormHost'
import { actionForCommand, assignmentsFor, perAssignmentActions, validActions } from '../workflowForms/workflowActions'
import {
  BOARD_COLUMNS,
  boardHeadKey,
  boardHeadOf,
  boardModelFromHead,
  buildBoardCards,
  buildBoardCardsFromEntries,
  groupBoardCards,
  type BoardCard,
  type BoardColumnStage,
} from './boardModel'
import { useBoardPreferences } from './boardFilters'
import { BoardColumnView, type FocusRequest } from './BoardColumnView'
import { BoardToolbar } from './BoardToolbar'
import { canScroll, edgeScrollSpeed } from './edgeScroll'
import './board.css'

// The forms (antd Form, DatePicker, Modal) and the unit-load table (antd Table) are about 350 kB of code that
// the board's first paint does not need: they load on demand, and in the background a second after the board
// has opened, so the first drag or menu action opens its form at once.
const loadFormHost = () => import('../workflowForms/WorkflowFormHost')
const loadUnitLoadTable = () => import('./UnitLoadTable')
const WorkflowFormHost = lazy(() => loadFormHost().then((m) => ({ default: m.WorkflowFormHost })))
const UnitLoadTable = lazy(() => loadUnitLoadTable().then((m) => ({ default: m.UnitLoadTable })))
const PREFETCH_MS = 1000

// When the app opens on the board, the read-ahead (store/readAhead.ts) has already asked for the first screen (in
// the start-up worker) and the snapshot; otherwise useBoardData asks for the snapshot when the board mounts.

export default function BoardPage() {
  return (
    <RequireOperator>
      <Board />
    </RequireOperator>
  )
}

/** A move opens a per-part action only when such a part exists. */
const PER_ASSIGNMENT: ReadonlySet<string> = new Set(perAssignmentActions)

function Board() {
  const { t } = useTranslation('board')
  const { t: tf } = useTranslation('workflowForms')
  const { t: tw } = useTranslation('workflow')
  const { message } = App.useApp()
  const navigate = useNavigate()
  const { operator } = useOperator()
  const editable = canEdit(operator)
  const db = getDb()
  const data = useBoardData(db, nowIso)
  const firstScreen = useBoardFirstScreen(db, data === undefined)
  // Drawn from the first screen or the snapshot while the live data loads: nothing can be done until it has
  // replaced them.
  const updating = data?.source !== 'live'
  const calendar = useCalendar(db)
  const units = useUnitDirectory(db)
  const reference = useReferenceData(db)
  const [today] = useState(todayIso)
  const [prefs, setPrefs] = useBoardPreferences()
  const [selected, setSelected] = useState<ReadonlySet<Id>>(new Set())
  const lastSelected = useRef<Id | null>(null)
  const [menu, setMenu] = useState<{ cardId: Id; items: MenuProps['items'] | null } | null>(null)
  const [form, setForm] = useState<WorkflowFormRequest | null>(null)
  const [focus, setFocus] = useState<FocusRequest | null>(null)
  const [dropTarget, setDropTarget] = useState<BoardColumnStage | null>(null)
  const drag = useRef<{ card: BoardCard; x: number; y: number; moving: boolean } | null>(null)
  const columnsRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const timer = window.setTimeout(() => {
      void loadFormHost().catch(() => undefined)
      void loadUnitLoadTable().catch(() => undefined)
    }, PREFETCH_MS)
    return () => window.clearTimeout(timer)
  }, [])

  const cards = useMemo(() => {
    if (!data || !calendar) return null
    return data.source === 'live'
      ? buildBoardCards(data.aggregates, calendar, today)
      : buildBoardCardsFromEntries(data.entries, calendar, today)
  }, [data, calendar, today])
  // The first screen only when it was computed for what is drawn now (day, calendar, filters, the columns view).
  const headModel = useMemo(
    () =>
      firstScreen &&
      calendar &&
      prefs.view === 'stages' &&
      firstScreen.key === boardHeadKey(today, calendar, prefs.filters)
        ? boardModelFromHead(firstScreen, calendar, today)
        : null,
    [firstScreen, calendar, prefs.view, prefs.filters, today],
  )
  const model = useMemo(
    () => (cards ? groupBoardCards(cards, prefs.filters) : headModel),
    [cards, prefs.filters, headModel],
  )
  const toAssign = useMemo(() => model?.columns.find((c) => c.stage === 'to-assign')?.cards ?? [], [model])
  // Selection only counts cards still waiting for assignment and visible.
  const selectedVisible = useMemo(() => toAssign.filter((c) => selected.has(c.id)), [toAssign, selected])

  const unitName = useCallback((id: Id | null) => (id && units ? units.name(id) : null), [units])
  const columnName = useCallback((stage: string) => t(`columns.${stage}` as 'columns.to-assign'), [t])

  const drawn = model !== null && units !== undefined && reference !== undefined
  // The snapshot is on screen: now read the live data (after this paint, so it does not hold it up).
  const snapshotDrawn = data?.source === 'snapshot' && drawn
  useEffect(() => {
    if (!snapshotDrawn) return
    let frame: number | null = requestAnimationFrame(() => {
      frame = null
      setTimeout(() => void getBoardIndex(db).ensureLoaded(), 0)
    })
    return () => {
      if (frame !== null) cancelAnimationFrame(frame)
    }
  }, [db, snapshotDrawn])

  // Keep the first screen of what is drawn now stored beside the snapshot, for the next start of the app.
  useEffect(() => {
    if (!calendar) return
    const filters = prefs.filters
    getBoardIndex(db).keepFirstScreen(
      prefs.view === 'stages'
        ? (entries) => boardHeadOf(entries, { calendar, today, filters, perColumn: FIRST_SCREEN_CARDS })
        : null,
    )
  }, [db, calendar, today, prefs.filters, prefs.view])

  const openAction = useCallback(
    async (card: BoardCard, action: WorkflowFormRequest['action'], batch?: Id[]) => {
      if (updating) return
      if (!editable) return void message.warning(t('readOnly'))
      if (PER_ASSIGNMENT.has(action)) {
        const agg = await loadBoardAggregate(db, card.id)
        if (!agg || assignmentsFor(agg, action, today).length === 0) {
          return void message.error(t('noPartFor', { action: tf(`actions.${action}`) }))
        }
      }
      setForm({ action, suggestionIds: batch && batch.length > 0 ? batch : [card.id] })
    },
    [db, editable, message, t, tf, today, updating],
  )

  const move = useCallback(
    (card: BoardCard, to: BoardColumnStage) => {
      if (updating) return
      const command = commandForMove(card.stage, to)
      if (!command.ok) {
        if (command.error.code === 'move-same-stage') return
        void message.error({
          content: tw('errors.move-not-allowed', { from: columnName(card.stage), to: columnName(to) }),
          className: 'board-move-refusal',
        })
        return
      }
      const action = actionForCommand(command.value)
      if (!action) return
      const batch = action === 'assign' && selected.has(card.id) ? selectedVisible.map((c) => c.id) : undefined
      void openAction(card, action, batch)
    },
    [columnName, message, openAction, selected, selectedVisible, tw, updating],
  )

  const onMenuOpenChange = useCallback((card: BoardCard, open: boolean) => {
    if (!open) return setMenu((m) => (m?.cardId === card.id ? null : m))
    setMenu({ cardId: card.id, items: null })
  }, [])
  // The open menu's actions are read from the database — once the board is live (until then it says it is
  // reading them).
  const menuCardId = menu?.items === null ? menu.cardId : null
  useEffect(() => {
    if (menuCardId === null || updating) return
    let cancelled = false
    void loadBoardAggregate(db, menuCardId).then((agg) => {
      if (cancelled) return
      const actions = agg && editable ? validActions(agg, today) : []
      const items: MenuProps['items'] = [
        ...actions.map((a) => ({ key: a, label: tf(`actions.${a}`), 'data-testid': `card-action-${a}` })),
        ...(actions.length > 0 ? [{ type: 'divider' as const }] : []),
        { key: 'open', label: t('card.open'), 'data-testid': 'card-action-open' },
      ]
      setMenu((m) => (m?.cardId === menuCardId ? { cardId: menuCardId, items } : m))
    })
    return () => {
      cancelled = true
    }
  }, [db, editable, menuCardId, t, tf, today, updating])

  const onMenuClick = useCallback(
    (card: BoardCard, key: string) => {
      setMenu(null)
      if (key === 'open') return navigate(`/suggestions/${card.id}`)
      const batch = key === 'assign' && selected.has(card.id) ? selectedVisible.map((c) => c.id) : undefined
      void openAction(card, key as WorkflowFormRequest['action'], batch)
    },
    [navigate, openAction, selected, selectedVisible],
  )

  const onToggleSelect = useCallback(
    (card: BoardCard, shift: boolean) => {
      setSelected((current) => {
        const next = new Set(current)
        const anchor = lastSelected.current
        if (shift && anchor) {
          const a = toAssign.findIndex((c) => c.id === anchor)
          const b = toAssign.findIndex((c) => c.id === card.id)
          if (a >= 0 && b >= 0) {
            for (let i = Math.min(a, b); i <= Math.max(a, b); i++) next.add(toAssign[i]!.id)
            lastSelected.current = card.id
            return next
          }
        }
        if (next.has(card.id)) next.delete(card.id)
        else next.add(card.id)
        lastSelected.current = card.id
        return next
      })
    },
    [toAssign],
  )

  const onSelectAll = useCallback(
    (_stage: BoardColumnStage, select: boolean) => setSelected(select ? new Set(toAssign.map((c) => c.id)) : new Set()),
    [toAssign],
  )

  const columns = model?.columns
  const onCardKeyDown = useCallback(
    (card: BoardCard, index: number, e: KeyboardEvent<HTMLDivElement>) => {
      if (!columns) return
      const col = BOARD_COLUMNS.indexOf(card.stage)
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
      if (step !== 0 && (e.ctrlKey || e.metaKey)) {
        e.preventDefault()
        const to = BOARD_COLUMNS[col + step]
        if (to) move(card, to)
        return
      }
      if (step !== 0) {
        e.preventDefault()
        for (let c = col + step; c >= 0 && c < BOARD_COLUMNS.length; c += step) {
          const target = columns[c]!
          if (target.cards.length > 0) {
            setFocus({ stage: target.stage, index: Math.min(index, target.cards.length - 1), nonce: Date.now() })
            return
          }
        }
        return
      }
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault()
        const next = index + (e.key === 'ArrowDown' ? 1 : -1)
        if (next >= 0 && next < columns[col]!.cards.length)
          setFocus({ stage: card.stage, index: next, nonce: Date.now() })
        return
      }
      if (e.key === ' ' && card.stage === 'to-assign') {
        e.preventDefault()
        onToggleSelect(card, e.shiftKey)
        return
      }
      if (e.key === 'Enter' || e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
        e.preventDefault()
        onMenuOpenChange(card, true)
      }
    },
    [columns, move, onMenuOpenChange, onToggleSelect],
  )

  // Drag and drop with pointer events: works with mouse, pen and touch, and with Playwright's mouse. A press
  // becomes a drag after 6 px; the column under the pointer on release is the target. Near the board's left or
  // right edge the columns scroll on every animation frame (the pointer may rest there), so every column can be
  // reached by a drag however narrow the window.
  const onPointerDown = useCallback(
    (card: BoardCard, e: PointerEvent<HTMLDivElement>) => {
      if (
        updating ||
        e.button !== 0 ||
        (e.target as HTMLElement).closest('button, .ant-checkbox-wrapper, .ant-checkbox')
      )
        return
      drag.current = { card, x: e.clientX, y: e.clientY, moving: false }
    },
    [updating],
  )
  useEffect(() => {
    const stageAt = (x: number, y: number) =>
      (document.elementFromPoint(x, y)?.closest('[data-board-stage]')?.getAttribute('data-board-stage') ??
        null) as BoardColumnStage | null
    let pointer = { x: 0, y: 0 }
    let frame: number | null = null
    const stopScrolling = () => {
      if (frame !== null) cancelAnimationFrame(frame)
      frame = null
    }
    const scrollStep = () => {
      frame = null
      const el = columnsRef.current
      if (!drag.current?.moving || !el) return
      const box = el.getBoundingClientRect()
      const speed = edgeScrollSpeed(pointer.x, box)
      if (!canScroll(speed, el.scrollLeft, el.scrollWidth, el.clientWidth)) return
      el.scrollLeft += speed
      // The columns moved under a resting pointer: the column now under it is the target.
      const x = Math.min(Math.max(pointer.x, box.left + 1), box.right - 1)
      setDropTarget(stageAt(x, pointer.y))
      frame = requestAnimationFrame(scrollStep)
    }
    const onMove = (e: globalThis.PointerEvent) => {
      const d = drag.current
      if (!d) return
      if (!d.moving && Math.hypot(e.clientX - d.x, e.clientY - d.y) < 6) return
      if (!d.moving) {
        d.moving = true
        document.body.classList.add('board-dragging')
      }
      pointer = { x: e.clientX, y: e.clientY }
      setDropTarget(stageAt(e.clientX, e.clientY))
      if (frame === null) frame = requestAnimationFrame(scrollStep)
    }
    const onUp = (e: globalThis.PointerEvent) => {
      const d = drag.current
      drag.current = null
      stopScrolling()
      if (!d?.moving) return
      document.body.classList.remove('board-dragging')
      setDropTarget(null)
      const to = stageAt(e.clientX, e.clientY)
      if (to) move(d.card, to)
    }
    // The system took the pointer (touch scroll, window lost): the drag ends without a move.
    const onCancel = () => {
      const d = drag.current
      drag.current = null
      stopScrolling()
      if (!d?.moving) return
      document.body.classList.remove('board-dragging')
      setDropTarget(null)
    }
    window.addEventListener('pointermove', onMove)
    window.addEventListener('pointerup', onUp)
    window.addEventListener('pointercancel', onCancel)
    return () => {
      window.removeEventListener('pointermove', onMove)
      window.removeEventListener('pointerup', onUp)
      window.removeEventListener('pointercancel', onCancel)
      stopScrolling()
      document.body.classList.remove('board-dragging')
    }
  }, [move])

  if (!drawn) {
    return (
      <Flex justify="center" style={{ padding: 48 }} data-testid="board-loading">
        <Spin tip={t('loading')}>
          <div style={{ width: 120, height: 60 }} />
        </Spin>
      </Flex>
    )
  }

  return (
    <Flex
      vertical
      gap={12}
      data-testid="board"
      data-updating={updating ? 'true' : 'false'}
      data-drawn-from={data?.source ?? 'first-screen'}
    >
      <BoardToolbar
        filters={prefs.filters}
        view={prefs.view}
        sessions={reference.sessions}
        units={units.active}
        categories={reference.categories}
        total={model.total}
        selectedCount={selectedVisible.length}
        canEdit={editable && !updating}
        updating={updating}
        onFilters={(filters) => setPrefs({ filters })}
        onView={(view) => setPrefs({ view })}
        onBatchAssign={() => setForm({ action: 'assign', suggestionIds: selectedVisible.map((c) => c.id) })}
        onClearSelection={() => setSelected(new Set())}
      />
      {prefs.view === 'stages' ? (
        <div className="board-columns" ref={columnsRef} data-testid="board-columns">
          {model.columns.map((column) => (
            <BoardColumnView
              key={column.stage}
              stage={column.stage}
              cards={column.cards}
              count={column.count}
              unitName={unitName}
              selectable={column.stage === 'to-assign' && editable && !updating}
              selected={selected}
              menuCardId={menu?.cardId ?? null}
              menuItems={menu?.items ?? null}
              focusRequest={focus}
              onMenuOpenChange={onMenuOpenChange}
              onMenuClick={onMenuClick}
              onToggleSelect={onToggleSelect}
              onSelectAll={onSelectAll}
              dropTarget={dropTarget === column.stage}
              onPointerDown={onPointerDown}
              onCardKeyDown={onCardKeyDown}
            />
          ))}
        </div>
      ) : (
        <Suspense fallback={<Spin style={{ padding: 48 }} />}>
          <UnitLoadTable
            units={model.units}
            unitName={(id) => units.name(id)}
            onOpenUnit={(unitId) => setPrefs({ view: 'stages', filters: { ...prefs.filters, unitId } })}
          />
        </Suspense>
      )}
      {form && (
        <Suspense fallback={null}>
          <WorkflowFormHost
            db={db}
            request={form}
            onClose={(done) => {
              if (done && form.action === 'assign') setSelected(new Set())
              setForm(null)
            }}
          />
        </Suspense>
      )}
    </Flex>
  )
}
