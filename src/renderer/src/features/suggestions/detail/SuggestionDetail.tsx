/**
 * 建议详情 (#/suggestions/:id): every field, the assignments with their due dates explained, the history of
 * events, and the commands available now.
 */
import { Link, useParams } from 'react-router-dom'
import { Card, Col, Descriptions, Flex, Result, Row, Spin, Tag, Typography } from 'antd'
import { ArrowLeftOutlined, StarFilled } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { IsoDate } from '@shared/domain/model'
import { todayIso } from '../../common/clock'
import { EventTimeline } from '../../common/EventTimeline'
import { formatDay, formatInstant } from '../../common/formatDay'
import { StageTag } from '../../common/StageTag'
import { useCalendar } from '../../common/useCalendar'
import { HandlingPanel, PrintNoticeButton } from '../../handling'
import { currentAssignments } from '@shared/domain/workflow'
import { useReferenceData } from '../../common/useReferenceData'
import { AssignmentList } from './AssignmentList'
import { CommandButtons } from './CommandButtons'
import { useSuggestionDetail } from './useSuggestionDetail'

function BackLink() {
  const { t } = useTranslation('suggestions')
  return (
    <Link to="/suggestions" data-testid="detail-back">
      <ArrowLeftOutlined /> {t('detail.back')}
    </Link>
  )
}

export function SuggestionDetail() {
  const { id = '' } = useParams()
  const { t, i18n } = useTranslation(['suggestions', 'workflow'])
  const detail = useSuggestionDetail(id)
  const reference = useReferenceData()
  const calendar = useCalendar()
  const today = todayIso()

  if (detail === undefined) {
    return (
      <Flex vertical align="center" gap={12} style={{ padding: 64 }} data-testid="detail-loading">
        <Spin size="large" />
        <Typography.Text type="secondary">{t('detail.loading')}</Typography.Text>
      </Flex>
    )
  }
  if (detail === null) {
    return (
      <Result
        status="404"
        title={t('detail.notFound')}
        subTitle={t('detail.notFoundHint')}
        extra={<BackLink />}
        data-testid="detail-not-found"
      />
    )
  }

  const s = detail.suggestion
  const day = (d: IsoDate) => formatDay(d, i18n.language)
  const none = <Typography.Text type="secondary">{t('detail.none')}</Typography.Text>
  const unitName = (unitId: string) => reference?.unitById.get(unitId)?.name ?? t('detail.assignment.unknownUnit')
  const sessionName = reference?.sessionById.get(s.sessionId)?.name ?? ''

  return (
    <Flex vertical gap={16} data-testid="suggestion-detail">
      <BackLink />
      <Flex vertical gap={4}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="secondary">{sessionName}</Typography.Text>
          <Typography.Text strong>{t('detail.numberTitle', { number: s.number })}</Typography.Text>
          <StageTag stage={s.stage} />
          {s.key && (
            <Tag color="orange" icon={<StarFilled />}>
              {t('keyMark')}
            </Tag>
          )}
        </Flex>
        <Typography.Title level={2} style={{ margin: 0 }} data-testid="detail-title">
          {s.title}
        </Typography.Title>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            <Card title={t('detail.sections.fields')} size="small">
              <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="detail-fields">
                <Descriptions.Item label={t('detail.fields.session')}>{sessionName}</Descriptions.Item>
                <Descriptions.Item label={t('detail.fields.number')}>{s.numberText}</Descriptions.Item>
                <Descriptions.Item label={t('detail.fields.leadDeputy')}>{s.leadDeputy}</Descriptions.Item>
                <Descriptions.Item label={t('detail.fields.coSigners')}>
                  {s.coSigners.length > 0 ? s.coSigners.join(t('workflow:explain.separator')) : none}
                  {s.signerCount !== null && ` (${t('detail.signers', { count: s.signerCount })})`}
                </Descriptions.Item>
                <Descriptions.Item label={t('detail.fields.delegation')}>{s.delegation ?? none}</Descriptions.Item>
                <Descriptions.Item label={t('detail.fields.category')}>{s.category ?? none}</Descriptions.Item>
                <Descriptions.Item label={t('detail.fields.receivedOn')}>{day(s.receivedOn)}</Descriptions.Item>
                <Descriptions.Item label={t('detail.fields.stage')}>
                  <StageTag stage={s.stage} />
                </Descriptions.Item>
                {s.stageReason && (
                  <Descriptions.Item label={t('detail.fields.stageReason')} span={2}>
                    {s.stageReason}
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={t('detail.fields.publicity')}>
                  {s.publicity.public
                    ? t('detail.public')
                    : t('detail.notPublic', { reason: s.publicity.reason ?? '' })}
                </Descriptions.Item>
                <Descriptions.Item label={t('detail.fields.key')}>
                  {s.key ? t('detail.yes') : t('detail.no')}
                </Descriptions.Item>
                <Descriptions.Item label={t('detail.fields.tags')}>
                  {s.tags.length > 0 ? s.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : none}
                </Descriptions.Item>
                <Descriptions.Item label={t('detail.fields.round')}>{s.round}</Descriptions.Item>
                <Descriptions.Item label={t('detail.fields.createdAt')}>{formatInstant(s.createdAt)}</Descriptions.Item>
                <Descriptions.Item label={t('detail.fields.updatedAt')}>{formatInstant(s.updatedAt)}</Descriptions.Item>
              </Descriptions>
            </Card>
            <Card title={t('detail.sections.content')} size="small">
              {s.content ? (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="detail-content">
                  {s.content}
                </Typography.Paragraph>
              ) : (
                none
              )}
            </Card>
            <Card
              title={t('detail.sections.assignments')}
              size="small"
              extra={
                <PrintNoticeButton
                  unitIds={[...new Set(currentAssignments(detail).map((a) => a.unitId))]}
                  unitName={unitName}
                />
              }
            >
              <AssignmentList
                assignments={detail.assignments}
                unitName={unitName}
                calendar={calendar}
                today={today}
                aggregate={detail}
              />
            </Card>
            <HandlingPanel aggregate={detail} unitName={unitName} />
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <Card title={t('detail.sections.actions')} size="small" data-testid="detail-actions">
              <CommandButtons suggestion={s} />
            </Card>
            <Card title={t('detail.sections.history')} size="small" data-testid="detail-history">
              <EventTimeline events={detail.events} unitName={unitName} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </Flex>
  )
}
