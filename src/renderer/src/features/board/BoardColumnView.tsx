/**
 * One stage column: its name and count, and its cards in a virtualised list (only the visible cards are in the
 * DOM, so 10,000 cards scroll smoothly). A drop target for dragged cards (`data-board-stage`).
 */
import { memo, useEffect, useRef, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react'
import { Checkbox, Empty, Flex } from 'antd'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import type { MenuProps } from 'antd'
import type { Id } from '@shared/domain/model'
import type { BoardCard, BoardColumnStage } from './boardModel'
import { BoardCardView, CARD_GAP, CARD_HEIGHT } from './BoardCardView'

export interface FocusRequest {
  stage: BoardColumnStage
  index: number
  nonce: number
}

export interface BoardColumnViewProps {
  stage: BoardColumnStage
  /** The column's cards (on the first screen, only the first of them: the rest are drawn as placeholders). */
  cards: BoardCard[]
  /** How many cards the column has. */
  count: number
  unitName: (id: Id | null) => string | null
  selectable: boolean
  selected: ReadonlySet<Id>
  menuCardId: Id | null
  menuItems: MenuProps['items'] | null
  focusRequest: FocusRequest | null
  onMenuOpenChange: (card: BoardCard, open: boolean) => void
  onMenuClick: (card: BoardCard, key: string) => void
  onToggleSelect: (card: BoardCard, shift: boolean) => void
  onSelectAll: (stage: BoardColumnStage, select: boolean) => void
  /** True while a dragged card is over this column. */
  dropTarget: boolean
  onPointerDown: (card: BoardCard, e: PointerEvent<HTMLDivElement>) => void
  onCardKeyDown: (card: BoardCard, index: number, e: KeyboardEvent<HTMLDivElement>) => void
}

export const BoardColumnView = memo(function BoardColumnView(props: BoardColumnViewProps) {
  const { t } = useTranslation('board')
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: props.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT + CARD_GAP,
    overscan: 6,
    // The column's height before it is measured (board.css: 100vh - 250px less the head), so the first render
    // already holds the visible cards instead of waiting for a measuring pass.
    initialRect: { width: 248, height: Math.max(360, window.innerHeight - 290) },
    getItemKey: (i) => props.cards[i]?.id ?? i,
  })
  const { focusRequest } = props

  useEffect(() => {
    if (!focusRequest || focusRequest.stage !== props.stage) return
    const index = Math.max(0, Math.min(focusRequest.index, props.cards.length - 1))
    virtualizer.scrollToIndex(index, { align: 'auto' })
    const focus = () =>
      scrollRef.current?.querySelector<HTMLElement>(`[data-card-index="${index}"]`)?.focus({ preventScroll: true })
    requestAnimationFrame(() => requestAnimationFrame(focus))
    // Only a new request moves the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest])

  const selectedHere = props.selectable ? props.cards.filter((c) => props.selected.has(c.id)).length : 0
  return (
    <section
      className={`board-column${props.dropTarget ? ' board-column-over' : ''}`}
      data-testid={`board-column-${props.stage}`}
      data-board-stage={props.stage}
      aria-label={t(`columns.${props.stage}`)}
    >
      <Flex className="board-column-head" justify="space-between" align="center">
        <Flex align="center" gap={6}>
          {props.selectable && props.cards.length > 0 && (
            <Checkbox
              checked={selectedHere > 0 && selectedHere === props.cards.length}
              indeterminate={selectedHere > 0 && selectedHere < props.cards.length}
              onChange={(e) => props.onSelectAll(props.stage, e.target.checked)}
              aria-label={t('selectAll')}
              data-testid="column-select-all"
            />
          )}
          <strong className="board-column-name">{t(`columns.${props.stage}`)}</strong>
        </Flex>
        {/* A plain count (antd's Badge animates its digits: seven of them on every first render). */}
        <span
          className={`board-column-count${props.count ? '' : ' board-column-count-zero'}`}
          data-testid="column-count"
        >
          {props.count}
        </span>
      </Flex>
      <div ref={scrollRef} className="board-column-body" data-testid="board-column-scroll">
        {props.count === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('emptyColumn')} />
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const card = props.cards[item.index]
              const style: CSSProperties = {
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                transform: `translateY(${item.start}px)`,
              }
              // Past the first screen's cards, until the whole board has been read (a moment).
              if (!card)
                return (
                  <div key={item.key} style={style} aria-hidden="true">
                    <div
                      className="board-card board-card-placeholder"
                      style={{ height: CARD_HEIGHT }}
                      data-testid="board-card-placeholder"
                    />
                  </div>
                )
              return (
                <div key={item.key} style={style}>
                  <BoardCardView
                    card={card}
                    index={item.index}
                    unitName={props.unitName(card.leadUnitId)}
                    selectable={props.selectable}
                    selected={props.selected.has(card.id)}
                    menuOpen={props.menuCardId === card.id}
                    menuItems={props.menuCardId === card.id ? props.menuItems : null}
                    onMenuOpenChange={props.onMenuOpenChange}
                    onMenuClick={props.onMenuClick}
                    onToggleSelect={props.onToggleSelect}
                    onPointerDown={props.onPointerDown}
                    onKeyDown={props.onCardKeyDown}
                  />
                </div>
              )
            })}
          </div>
        )}
      </div>
    </section>
  )
})
