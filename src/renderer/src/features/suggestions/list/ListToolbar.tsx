/** Search box and filters of the 建议列表 (session, category, stage, unit, key, overdue). */
import { useEffect, useRef, useState } from 'react'
import { Checkbox, Flex, Input, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { AfterFirstPaint, SelectLookalike } from '../../common/AfterFirstPaint'
import { SUGGESTION_STAGES } from '../../common/StageTag'
import type { ReferenceData } from '../../common/useReferenceData'
import type { ListView } from './listFilterParams'

export function ListToolbar(props: {
  view: ListView
  onChange: (change: Partial<ListView>) => void
  reference: ReferenceData | undefined
}) {
  const { view, onChange, reference } = props
  const { t } = useTranslation(['suggestions', 'workflow'])
  const [text, setText] = useState(view.query)
  const pushed = useRef(view.query)

  // Typing updates the list after a short pause; only an outside change (clear filters) rewrites the box, so
  // letters typed while the list updates are never lost.
  useEffect(() => {
    if (view.query !== pushed.current) {
      pushed.current = view.query
      setText(view.query)
    }
  }, [view.query])
  useEffect(() => {
    if (text === pushed.current) return
    const timer = setTimeout(() => {
      pushed.current = text
      onChange({ query: text })
    }, 200)
    return () => clearTimeout(timer)
  }, [text, onChange])

  return (
    <Flex vertical gap={12}>
      <Input.Search
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(value) => {
          pushed.current = value
          onChange({ query: value })
        }}
        placeholder={t('list.searchPlaceholder')}
        aria-label={t('list.searchPlaceholder')}
        data-testid="suggestion-search"
        style={{ maxWidth: 640 }}
      />
      <Flex gap={8} wrap align="center">
        <AfterFirstPaint
          fallback={
            <SelectLookalike
              width={220}
              text={view.sessionId ? reference?.sessionById.get(view.sessionId)?.name : null}
              placeholder={t('filters.allSessions')}
            />
          }
        >
          <Select
            allowClear
            aria-label={t('filters.session')}
            placeholder={t('filters.allSessions')}
            value={view.sessionId ?? undefined}
            onChange={(v?: string) => onChange({ sessionId: v ?? null })}
            options={reference?.sessions.map((s) => ({ value: s.id, label: s.name }))}
            style={{ width: 220 }}
            data-testid="filter-session"
          />
        </AfterFirstPaint>
        <AfterFirstPaint
          fallback={<SelectLookalike width={140} text={view.category} placeholder={t('filters.allCategories')} />}
        >
          <Select
            allowClear
            aria-label={t('filters.category')}
            placeholder={t('filters.allCategories')}
            value={view.category ?? undefined}
            onChange={(v?: string) => onChange({ category: v ?? null })}
            options={reference?.categories.map((c) => ({ value: c, label: c }))}
            style={{ width: 140 }}
            data-testid="filter-category"
          />
        </AfterFirstPaint>
        <AfterFirstPaint
          fallback={
            <SelectLookalike
              minWidth={160}
              text={view.stages.map((st) => t(`workflow:stages.${st}`)).join('、')}
              placeholder={t('filters.allStages')}
            />
          }
        >
          <Select
            mode="multiple"
            allowClear
            aria-label={t('filters.stage')}
            placeholder={t('filters.allStages')}
            value={view.stages}
            onChange={(v) => onChange({ stages: v })}
            options={SUGGESTION_STAGES.map((s) => ({ value: s, label: t(`workflow:stages.${s}`) }))}
            style={{ minWidth: 160 }}
            maxTagCount={1}
            data-testid="filter-stage"
          />
        </AfterFirstPaint>
        <AfterFirstPaint
          fallback={
            <SelectLookalike
              width={200}
              text={view.unitId ? reference?.unitById.get(view.unitId)?.name : null}
              placeholder={t('filters.allUnits')}
            />
          }
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('filters.unit')}
            placeholder={t('filters.allUnits')}
            value={view.unitId ?? undefined}
            onChange={(v?: string) => onChange({ unitId: v ?? null })}
            options={reference?.units.map((u) => ({ value: u.id, label: u.name }))}
            style={{ width: 200 }}
            data-testid="filter-unit"
          />
        </AfterFirstPaint>
        <AfterFirstPaint
          fallback={
            <SelectLookalike
              width={140}
              text={view.key === null ? null : view.key ? t('filters.keyOnly') : t('filters.keyExcluded')}
              placeholder={t('filters.key')}
            />
          }
        >
          <Select
            allowClear
            aria-label={t('filters.key')}
            placeholder={t('filters.key')}
            value={view.key === null ? undefined : view.key ? 'yes' : 'no'}
            onChange={(v?: 'yes' | 'no') => onChange({ key: v === undefined ? null : v === 'yes' })}
            options={[
              { value: 'yes', label: t('filters.keyOnly') },
              { value: 'no', label: t('filters.keyExcluded') },
            ]}
            style={{ width: 140 }}
            data-testid="filter-key"
          />
        </AfterFirstPaint>
        <Checkbox
          checked={view.overdue}
          onChange={(e) => onChange({ overdue: e.target.checked })}
          data-testid="filter-overdue"
        >
          {t('filters.overdue')}
        </Checkbox>
      </Flex>
    </Flex>
  )
}
