/**
 * The workbench's summary: today's date in Chinese with what kind of day it is, the counts that matter at a
 * glance (suggestions, overdue, due within 5 working days, open key suggestions), and suggestions by board stage.
 */
import { Card, Col, Flex, Statistic, Tag, Typography } from 'antd'
import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { boardStageOf, boardStages, type BoardStage } from '@shared/domain/boardStage'
import { formatChineseDate, weekday } from '@shared/domain/dates'
import type { IsoDate } from '@shared/domain/model'
import type { DueData } from '../../store/dueQueries'
import { formatDay } from '../common/formatDay'

const STAGES = boardStages.filter((s): s is Exclude<BoardStage, 'not-in-play'> => s !== 'not-in-play')

export function stageCounts(data: DueData): Record<Exclude<BoardStage, 'not-in-play'>, number> {
  const counts = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Exclude<BoardStage, 'not-in-play'>, number>
  for (const agg of data.aggregates) {
    const stage = boardStageOf(agg)
    if (stage !== 'not-in-play') counts[stage]++
  }
  return counts
}

export function TodayCard({ data, today }: { data: DueData; today: IsoDate }) {
  const { t, i18n } = useTranslation(['home', 'calendar'])
  const info = data.calendar.dayInfo(today)
  const kind =
    info.kind === 'holiday'
      ? t('today.holiday', { name: info.name ?? t('today.unnamedHoliday') })
      : info.kind === 'make-up-workday'
        ? t('today.makeUp', { name: info.name ?? t('today.unnamedMakeUp') })
        : info.kind === 'weekend'
          ? t('today.weekend')
          : t('today.workday')
  const chinese = i18n.language.startsWith('zh')
  return (
    <Card size="small" style={{ height: '100%' }} data-testid="home-today">
      <Flex vertical gap={6}>
        <Typography.Text type="secondary">{t('today.title')}</Typography.Text>
        <Typography.Text strong style={{ fontSize: 22 }} data-testid="home-today-date">
          {chinese ? formatChineseDate(today) : formatDay(today, i18n.language)}
        </Typography.Text>
        <Flex gap={8} align="center">
          <Typography.Text>{t(`calendar:weekdayNames.w${weekday(today)}`)}</Typography.Text>
          <Tag color={info.working ? 'blue' : 'red'} style={{ marginInlineEnd: 0 }}>
            {kind}
          </Tag>
        </Flex>
      </Flex>
    </Card>
  )
}

export function CountTiles(props: { total: number; overdue: number; soon: number; key_: number }) {
  const { t } = useTranslation('home')
  const tiles = [
    { id: 'total', title: t('tiles.total'), value: props.total, color: undefined, to: '/suggestions' },
    {
      id: 'overdue',
      title: t('tiles.overdue'),
      value: props.overdue,
      color: props.overdue > 0 ? '#cf1322' : undefined,
      to: '/calendar',
    },
    {
      id: 'soon',
      title: t('tiles.dueSoon'),
      value: props.soon,
      color: props.soon > 0 ? '#d46b08' : undefined,
      to: '/calendar',
    },
    { id: 'key', title: t('tiles.key'), value: props.key_, color: undefined, to: '/suggestions' },
  ]
  return (
    <>
      {tiles.map((tile) => (
        <Col key={tile.id} xs={12} lg={6} xl={4}>
          <Link to={tile.to} style={{ display: 'block', height: '100%' }}>
            <Card size="small" hoverable style={{ height: '100%' }} data-testid={`home-tile-${tile.id}`}>
              <Statistic title={tile.title} value={tile.value} styles={{ content: { color: tile.color } }} />
            </Card>
          </Link>
        </Col>
      ))}
    </>
  )
}

export function StageTiles({ data }: { data: DueData }) {
  const { t } = useTranslation('home')
  const counts = stageCounts(data)
  return (
    <Card
      size="small"
      title={t('stagesTitle')}
      extra={<Link to="/board">{t('openBoard')}</Link>}
      data-testid="home-stages"
    >
      <Flex wrap gap={12}>
        {STAGES.map((stage) => (
          <Flex key={stage} vertical align="center" style={{ flex: '1 1 96px' }} data-testid={`home-stage-${stage}`}>
            <Typography.Text style={{ fontSize: 24, fontWeight: 600 }}>{counts[stage]}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t(`stages.${stage}`)}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Card>
  )
}
