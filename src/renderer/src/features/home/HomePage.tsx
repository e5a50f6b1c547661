/**
 * 工作台 (#/): what needs attention today. Today's date and kind of day, counts (suggestions, overdue, due within
 * 5 working days, open key suggestions), suggestions by stage, and the 'due soon and overdue' panel with the
 * reminder notices. With an empty database it offers registering, importing or loading the demo data.
 */
import { Button, Card, Col, Empty, Flex, Row, Spin } from 'antd'
import { useMemo } from 'react'
import { useNavigate } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { getDb } from '../../store/db'
import { useDueData } from '../../store/dueQueries'
import { todayIso } from '../common/clock'
import { RequireOperator } from '../common/RequireOperator'
import { DuePanel, dueRows } from './DuePanel'
import { CountTiles, StageTiles, TodayCard } from './HomeTiles'

export default function HomePage() {
  return (
    <RequireOperator>
      <Workbench />
    </RequireOperator>
  )
}

function Workbench() {
  const { t } = useTranslation('home')
  const navigate = useNavigate()
  const db = getDb()
  const data = useDueData(db)
  const today = useMemo(() => todayIso(), [])
  const rows = useMemo(() => (data ? dueRows(data, today) : []), [data, today])

  if (!data) {
    return (
      <Flex justify="center" style={{ padding: 64 }} data-testid="home-loading">
        <Spin tip={t('loading')}>
          <div style={{ width: 120, height: 60 }} />
        </Spin>
      </Flex>
    )
  }
  const overdue = rows.filter((r) => r.band === 'overdue').length
  const keyOpen = data.aggregates.filter((a) => a.suggestion.key && a.suggestion.stage !== 'closed').length
  const empty = data.aggregates.length === 0

  return (
    <Flex vertical gap={16} data-testid="home-page">
      <Row gutter={[16, 16]} align="stretch">
        <Col xs={24} lg={24} xl={8}>
          <TodayCard data={data} today={today} />
        </Col>
        <CountTiles total={data.aggregates.length} overdue={overdue} soon={rows.length - overdue} key_={keyOpen} />
      </Row>
      {empty ? (
        <Card data-testid="home-empty">
          <Empty description={t('empty.description')}>
            <Flex gap={8} justify="center" wrap>
              <Button type="primary" href="#/settings?tab=demo" data-testid="home-demo-link">
                {t('empty.demo')}
              </Button>
              <Button onClick={() => navigate('/register')}>{t('empty.register')}</Button>
              <Button onClick={() => navigate('/import')}>{t('empty.import')}</Button>
            </Flex>
          </Empty>
        </Card>
      ) : (
        <>
          <StageTiles data={data} />
          <DuePanel data={data} rows={rows} today={today} db={db} />
        </>
      )}
    </Flex>
  )
}
