/**
 * One card: number, title, lead unit, working days left coloured by urgency, key-supervision mark and the
 * re-handling round. Draggable (pointer events, see BoardPage), focusable (keyboard), with a menu of the actions valid now.
 *
 * Plain markup and CSS (board.css, common/chip.css) rather than antd's Button, Tag, Typography or Tooltip: a
 * board draws dozens of cards at once and their first paint is on the board's critical path.
 */
import { lazy, memo, Suspense, type KeyboardEvent, type PointerEvent } from 'react'
import { Checkbox } from 'antd'
import { FlagFilled, MoreOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { MenuProps } from 'antd'
import type { BoardCard } from './boardModel'
import { cardBorderColour, daysTagColour } from './urgencyColours'
import '../common/chip.css'

const BoardCardMenu = lazy(() => import('./BoardCardMenu'))

export const CARD_HEIGHT = 112
export const CARD_GAP = 8

export interface BoardCardViewProps {
  card: BoardCard
  index: number
  unitName: string | null
  selectable: boolean
  selected: boolean
  menuOpen: boolean
  menuItems: MenuProps['items'] | null
  onMenuOpenChange: (card: BoardCard, open: boolean) => void
  onMenuClick: (card: BoardCard, key: string) => void
  onToggleSelect: (card: BoardCard, shift: boolean) => void
  onPointerDown: (card: BoardCard, e: PointerEvent<HTMLDivElement>) => void
  onKeyDown: (card: BoardCard, index: number, e: KeyboardEvent<HTMLDivElement>) => void
}

export const BoardCardView = memo(function BoardCardView(props: BoardCardViewProps) {
  const { t } = useTranslation('board')
  const { card } = props
  const due = card.due
  const daysText = due
    ? due.workingDaysLeft < 0
      ? t('card.overdueBy', { days: -due.workingDaysLeft })
      : due.workingDaysLeft === 0
        ? t('card.dueToday')
        : t('card.daysLeft', { days: due.workingDaysLeft })
    : null
  // The menu (a Dropdown, with its popup machinery) is mounted only on the card whose menu is open, and its code
  // loads with the first menu opened: a board shows dozens of cards at once and most menus are never opened.
  const menuButton = (
    <button
      type="button"
      className="board-card-menu"
      aria-label={t('card.actions')}
      aria-haspopup="menu"
      aria-expanded={props.menuOpen}
      data-testid="card-menu"
      tabIndex={-1}
      onClick={(e) => {
        e.stopPropagation()
        if (!props.menuOpen) props.onMenuOpenChange(card, true)
      }}
    >
      <MoreOutlined />
    </button>
  )
  return (
    <div
      role="button"
      tabIndex={0}
      data-testid="board-card"
      data-card-id={card.id}
      data-card-index={props.index}
      data-number={card.numberText}
      data-urgency={due?.urgency ?? 'none'}
      aria-label={`${card.numberText} ${card.title}`}
      aria-selected={props.selectable ? props.selected : undefined}
      className="board-card"
      onPointerDown={(e) => props.onPointerDown(card, e)}
      onKeyDown={(e) => props.onKeyDown(card, props.index, e)}
      onClick={(e) => {
        if (props.selectable && (e.shiftKey || e.ctrlKey || e.metaKey)) props.onToggleSelect(card, e.shiftKey)
      }}
      style={{
        height: CARD_HEIGHT,
        borderLeft: `4px solid ${cardBorderColour(due)}`,
        background: props.selected ? '#e6f4ff' : '#fff',
      }}
    >
      <div className="board-card-row">
        <span className="board-card-head">
          {props.selectable && (
            <Checkbox
              checked={props.selected}
              onClick={(e) => {
                e.stopPropagation()
                props.onToggleSelect(card, e.shiftKey)
              }}
              aria-label={t('card.select', { number: card.number })}
              data-testid="card-select"
            />
          )}
          <strong>{t('card.number', { number: card.number })}</strong>
          {card.key && (
            <FlagFilled
              style={{ color: '#cf1322' }}
              title={t('card.key')}
              aria-label={t('card.key')}
              data-testid="card-key"
            />
          )}
          {card.round > 1 && (
            <span className="chip chip-purple" data-testid="card-round">
              {t('card.round', { round: card.round })}
            </span>
          )}
        </span>
        {props.menuOpen ? (
          <Suspense fallback={menuButton}>
            <BoardCardMenu
              items={props.menuItems ?? [{ key: 'loading', label: t('card.loadingActions'), disabled: true }]}
              onClose={() => props.onMenuOpenChange(card, false)}
              onClick={(key) => props.onMenuClick(card, key)}
            >
              {menuButton}
            </BoardCardMenu>
          </Suspense>
        ) : (
          menuButton
        )}
      </div>
      <div className="board-card-title" title={card.title}>
        {card.title}
      </div>
      <div className="board-card-row">
        <span className="board-card-unit" data-testid="card-unit">
          {props.unitName ?? t('card.noUnit')}
        </span>
        {due && daysText && (
          <span className={`chip chip-${daysTagColour(due) ?? 'default'}`} data-testid="card-days">
            {daysText}
          </span>
        )}
      </div>
    </div>
  )
})
