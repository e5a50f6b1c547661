/**
 * The side panel of the deadline calendar: the chosen day (with its holiday or make-up mark) and its items —
 * number (linking to the suggestion's detail), title, unit, kind, role and how urgent it is.
 */
import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd'
import { CloseOutlined } from '@ant-design/icons'
import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import type { WorkingDayCalendar } from '@shared/domain/calendar/workingDayCalendar'
import { weekday } from '@shared/domain/dates'
import type { DueItem } from '@shared/domain/dueItems'
import type { Id, IsoDate, Unit } from '@shared/domain/model'
import { dueStatus } from '@shared/domain/overdue'
import { kindColours, urgencyTagColours } from './dueColours'

export interface DayPanelProps {
  date: IsoDate | null
  items: DueItem[]
  calendar: WorkingDayCalendar
  units: Map<Id, Unit>
  today: IsoDate
  formatDay: (date: IsoDate) => string
  onClose: () => void
}

export function DayPanel({ date, items, calendar, units, today, formatDay, onClose }: DayPanelProps) {
  const { t } = useTranslation(['calendar', 'workflow'])
  if (!date) {
    return (
      <Card size="small" data-testid="calendar-day-panel">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('panel.pick')} />
      </Card>
    )
  }
  const info = calendar.dayInfo(date)
  const dayText =
    info.kind === 'holiday'
      ? t('panel.holiday', { name: info.name ?? t('marks.unnamedHoliday') })
      : info.kind === 'make-up-workday'
        ? t('panel.makeUp', { name: info.name ?? t('marks.unnamedMakeUp') })
        : info.kind === 'weekend'
          ? t('panel.weekend')
          : t('panel.workday')
  const status = dueStatus(date, today, calendar)
  return (
    <Card
      size="small"
      data-testid="calendar-day-panel"
      title={
        <Flex vertical gap={2} style={{ padding: '6px 0' }}>
          <Typography.Text strong data-testid="day-panel-title">
            {t('panel.title', { date: formatDay(date), weekday: t(`weekdayNames.w${weekday(date)}`) })}
          </Typography.Text>
          <Flex gap={6} wrap align="center">
            <Tag
              color={info.kind === 'holiday' ? 'red' : info.kind === 'make-up-workday' ? 'blue' : 'default'}
              variant="outlined"
              style={{ marginInlineEnd: 0 }}
            >
              {dayText}
            </Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
              {t('panel.count', { count: items.length })}
            </Typography.Text>
          </Flex>
        </Flex>
      }
      extra={
        <Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('panel.close')} onClick={onClose} />
      }
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('panel.empty')} />
      ) : (
        <List
          size="small"
          dataSource={items}
          rowKey={(item) => item.key}
          pagination={items.length > 20 ? { pageSize: 20, size: 'small', showSizeChanger: false } : false}
          data-testid="day-items"
          renderItem={(item) => (
            <List.Item data-testid="day-item" data-kind={item.kind} style={{ paddingInline: 0 }}>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex gap={8} align="baseline">
                  <Link to={`/suggestions/${item.suggestionId}`} data-testid="day-item-link">
                    {item.numberText}
                  </Link>
                  <Typography.Text ellipsis={{ tooltip: item.title }} style={{ flex: 1, minWidth: 0 }}>
                    {item.title}
                  </Typography.Text>
                </Flex>
                <Flex gap={6} wrap align="center">
                  <Tag color={kindColours[item.kind]} style={{ marginInlineEnd: 0 }}>
                    {t(`workflow:dueKinds.${item.kind}`)}
                  </Tag>
                  {item.role && (
                    <Tag variant="outlined" style={{ marginInlineEnd: 0 }}>
                      {t(`workflow:roles.${item.role}`)}
                    </Tag>
                  )}
                  <Tag color={urgencyTagColours[status.urgency]} style={{ marginInlineEnd: 0 }}>
                    {status.overdue
                      ? t('workflow:due.overdueBy', { days: -status.workingDaysLeft })
                      : status.workingDaysLeft === 0
                        ? t('workflow:due.dueToday')
                        : t('workflow:due.daysLeft', { days: status.workingDaysLeft })}
                  </Tag>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {item.unitId
                    ? t('panel.unit', { unit: units.get(item.unitId)?.name ?? item.unitId })
                    : t('panel.noUnit')}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  )
}
