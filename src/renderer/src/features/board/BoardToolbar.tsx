/** The board's filters (remembered), the view switch (stages / unit load) and the batch-assign button. */
import { Button, Checkbox, Flex, Input, InputNumber, Segmented, Select, Tag, Typography } from 'antd'
import { ClearOutlined, SendOutlined, SyncOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Session, Unit } from '@shared/domain/model'
import { AfterFirstPaint, SelectLookalike } from '../common/AfterFirstPaint'
import { EMPTY_FILTERS, type BoardFilters } from './boardModel'
import type { BoardView } from './boardFilters'

export interface BoardToolbarProps {
  filters: BoardFilters
  view: BoardView
  sessions: Session[]
  units: Unit[]
  categories: string[]
  total: number
  selectedCount: number
  canEdit: boolean
  /** The board shows the stored snapshot while its live data loads: marked, and nothing can be done yet. */
  updating: boolean
  onFilters: (filters: BoardFilters) => void
  onView: (view: BoardView) => void
  onBatchAssign: () => void
  onClearSelection: () => void
}

export function BoardToolbar(props: BoardToolbarProps) {
  const { t } = useTranslation('board')
  const f = props.filters
  const set = (change: Partial<BoardFilters>) => props.onFilters({ ...f, ...change })
  return (
    <Flex vertical gap={8} data-testid="board-toolbar">
      <Flex wrap gap={8} align="center">
        <Segmented
          value={props.view}
          onChange={(v) => props.onView(v as BoardView)}
          options={[
            { value: 'stages', label: t('view.stages') },
            { value: 'units', label: t('view.units') },
          ]}
          data-testid="board-view"
        />
        <Input.Search
          allowClear
          placeholder={t('filters.query')}
          style={{ width: 200 }}
          value={f.query}
          onChange={(e) => set({ query: e.target.value })}
          data-testid="filter-query"
        />
        <AfterFirstPaint
          fallback={
            <SelectLookalike
              width={200}
              text={props.sessions.find((s) => s.id === f.sessionId)?.name}
              placeholder={t('filters.session')}
            />
          }
        >
          <Select
            allowClear
            placeholder={t('filters.session')}
            style={{ width: 200 }}
            value={f.sessionId ?? undefined}
            onChange={(v?: string) => set({ sessionId: v ?? null })}
            options={props.sessions.map((s) => ({ value: s.id, label: s.name }))}
            data-testid="filter-session"
          />
        </AfterFirstPaint>
        <AfterFirstPaint
          fallback={
            <SelectLookalike
              width={200}
              text={props.units.find((u) => u.id === f.unitId)?.name}
              placeholder={t('filters.unit')}
            />
          }
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('filters.unit')}
            style={{ width: 200 }}
            value={f.unitId ?? undefined}
            onChange={(v?: string) => set({ unitId: v ?? null })}
            options={props.units.map((u) => ({ value: u.id, label: u.name }))}
            data-testid="filter-unit"
          />
        </AfterFirstPaint>
        <AfterFirstPaint
          fallback={<SelectLookalike width={140} text={f.category} placeholder={t('filters.category')} />}
        >
          <Select
            allowClear
            placeholder={t('filters.category')}
            style={{ width: 140 }}
            value={f.category ?? undefined}
            onChange={(v?: string) => set({ category: v ?? null })}
            options={props.categories.map((c) => ({ value: c, label: c }))}
            data-testid="filter-category"
          />
        </AfterFirstPaint>
        <Checkbox checked={f.keyOnly} onChange={(e) => set({ keyOnly: e.target.checked })} data-testid="filter-key">
          {t('filters.key')}
        </Checkbox>
        <Checkbox
          checked={f.overdueOnly}
          onChange={(e) => set({ overdueOnly: e.target.checked })}
          data-testid="filter-overdue"
        >
          {t('filters.overdue')}
        </Checkbox>
        <Flex align="center" gap={4}>
          <Typography.Text>{t('filters.dueWithinLabel')}</Typography.Text>
          <InputNumber
            min={0}
            max={250}
            style={{ width: 72 }}
            value={f.dueWithin}
            onChange={(v) => set({ dueWithin: typeof v === 'number' ? v : null })}
            aria-label={t('filters.dueWithinLabel')}
            data-testid="filter-due-within"
          />
          <Typography.Text>{t('filters.dueWithinUnit')}</Typography.Text>
        </Flex>
        <Button icon={<ClearOutlined />} onClick={() => props.onFilters(EMPTY_FILTERS)} data-testid="filter-reset">
          {t('filters.reset')}
        </Button>
      </Flex>
      <Flex gap={12} align="center" wrap>
        <Typography.Text type="secondary" data-testid="board-total">
          {t('total', { count: props.total })}
        </Typography.Text>
        {props.updating && (
          <Tag icon={<SyncOutlined spin />} color="processing" data-testid="board-updating">
            {t('updating')}
          </Tag>
        )}
        {props.selectedCount > 0 && (
          <>
            <Button
              type="primary"
              icon={<SendOutlined />}
              disabled={!props.canEdit}
              onClick={props.onBatchAssign}
              data-testid="batch-assign"
            >
              {t('batchAssign', { count: props.selectedCount })}
            </Button>
            <Button type="link" onClick={props.onClearSelection}>
              {t('clearSelection')}
            </Button>
          </>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('keyboardHint')}
        </Typography.Text>
      </Flex>
    </Flex>
  )
}
