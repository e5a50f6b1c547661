/**
 * Step 4 and 5: every row as it will be stored (a virtualised table), its status, errors and warnings in the UI
 * language, unknown units with the closest directory names; for rows that already exist, skip or update per
 * batch and per row with a field-by-field diff; the counts; and the commit button (disabled when nothing would
 * change). While committing the page shows the progress; a failure comes back here with nothing written.
 */
import {
  Alert,
  Button,
  Card,
  Flex,
  Modal,
  Radio,
  Segmented,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { planImportCommit, type CommitDecisions, type ExistingDecision } from '@shared/import/commitPlan'
import type { FieldChange, ImportPreview, PreviewRow, RowStatus, UnitRef } from '@shared/import/types'
import { useIssueText } from './issueText'

export interface PreviewStepProps {
  preview: ImportPreview
  decisions: CommitDecisions
  onDecisions: (next: CommitDecisions) => void
  committing: boolean
  commitError: string | null
  sessionName: string | null
  onBack: () => void
  onCommit: () => void
}

const STATUS_COLOR: Record<RowStatus, string> = {
  new: 'green',
  'exists-unchanged': 'default',
  'exists-changed': 'orange',
  duplicate: 'purple',
  rejected: 'red',
}

type Filter = 'all' | RowStatus | 'warnings'

export function PreviewStep(props: PreviewStepProps) {
  const { preview, decisions, onDecisions, committing } = props
  const { t } = useTranslation(['importWizard', 'import'])
  const issueText = useIssueText()
  const [filter, setFilter] = useState<Filter>('all')
  const [diffRow, setDiffRow] = useState<PreviewRow | null>(null)
  const plan = useMemo(() => planImportCommit(preview, decisions), [preview, decisions])
  const s = preview.summary

  const rows = useMemo(
    () =>
      preview.rows.filter((r) =>
        filter === 'all' ? true : filter === 'warnings' ? r.warnings.length > 0 : r.status === filter,
      ),
    [preview.rows, filter],
  )
  const decisionOf = (row: PreviewRow): ExistingDecision => decisions.perRow?.[row.rowNumber] ?? decisions.existing
  const setRowDecision = (row: PreviewRow, decision: ExistingDecision) =>
    onDecisions({ ...decisions, perRow: { ...decisions.perRow, [row.rowNumber]: decision } })

  const unitText = (u: UnitRef) => u.name ?? u.text
  const columns: ColumnsType<PreviewRow> = [
    { title: t('preview.row'), dataIndex: 'rowNumber', width: 70 },
    {
      title: t('preview.status'),
      dataIndex: 'status',
      width: 130,
      render: (status: RowStatus) => <Tag color={STATUS_COLOR[status]}>{t(`import:status.${status}`)}</Tag>,
    },
    {
      title: t('preview.issues'),
      width: 360,
      render: (_, r) => (
        <Flex vertical gap={2}>
          {r.errors.map((e, i) => (
            <Typography.Text key={`e${i}`} type="danger">
              {issueText(e, 'error')}
            </Typography.Text>
          ))}
          {r.status === 'duplicate' && r.errors.length === 0 && (
            <Typography.Text type="danger">{t('preview.duplicateOf', { row: r.duplicateOf })}</Typography.Text>
          )}
          {r.warnings.map((w, i) => (
            <Typography.Text key={`w${i}`} type="warning">
              {issueText(w, 'warning')}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
    { title: t('import:fields.number'), width: 90, render: (_, r) => r.record?.numberText ?? '' },
    { title: t('import:fields.title'), width: 260, render: (_, r) => r.record?.title ?? '' },
    {
      title: t('import:fields.leadDeputy'),
      width: 150,
      render: (_, r) =>
        r.record
          ? r.record.signerCount
            ? t('preview.signers', { lead: r.record.leadDeputy, count: r.record.signerCount })
            : [r.record.leadDeputy, ...r.record.coSigners].join('、')
          : '',
    },
    { title: t('import:fields.receivedOn'), width: 110, render: (_, r) => r.record?.receivedOn ?? '' },
    {
      title: t('preview.units'),
      width: 190,
      render: (_, r) => {
        const units = r.record ? [r.record.leadUnit, ...r.record.otherLeadUnits, ...r.record.coUnits] : []
        return (
          <Flex wrap gap={2}>
            {units
              .filter((u): u is UnitRef => u !== null)
              .map((u, i) => (
                <Tag key={i} color={u.unitId ? undefined : 'gold'}>
                  {unitText(u)}
                </Tag>
              ))}
          </Flex>
        )
      },
    },
  ]
  const decisionColumn: ColumnsType<PreviewRow>[number] = {
    title: t('preview.decision'),
    width: 190,
    fixed: 'right',
    render: (_, r) =>
      r.status === 'exists-changed' ? (
        <Space size={4}>
          <Select
            size="small"
            aria-label={t('preview.decisionFor', { row: r.rowNumber })}
            value={decisionOf(r)}
            style={{ width: 90 }}
            options={[
              { value: 'skip', label: t('preview.skip') },
              { value: 'update', label: t('preview.update') },
            ]}
            onChange={(d: ExistingDecision) => setRowDecision(r, d)}
          />
          <Button size="small" type="link" onClick={() => setDiffRow(r)}>
            {t('preview.diff')}
          </Button>
        </Space>
      ) : null,
  }
  if (s.changed > 0) columns.push(decisionColumn)

  const counts: [Filter, number][] = [
    ['all', s.total],
    ['new', s.new],
    ['exists-changed', s.changed],
    ['exists-unchanged', s.unchanged],
    ['duplicate', s.duplicate],
    ['rejected', s.rejected],
    ['warnings', preview.rows.filter((r) => r.warnings.length > 0).length],
  ]

  return (
    <Card data-testid="import-step-preview">
      <Flex vertical gap="middle">
        <Flex gap="large" wrap data-testid="import-summary">
          <Statistic title={t('summary.total')} value={s.total} />
          <Statistic title={t('summary.new')} value={s.new} styles={{ content: { color: '#389e0d' } }} />
          <Statistic title={t('summary.changed')} value={s.changed} />
          <Statistic title={t('summary.unchanged')} value={s.unchanged} />
          <Statistic title={t('summary.duplicate')} value={s.duplicate} />
          <Statistic title={t('summary.rejected')} value={s.rejected} styles={{ content: { color: '#cf1322' } }} />
          <Statistic title={t('summary.skipped')} value={preview.skipped.length} />
        </Flex>
        {props.sessionName && (
          <Typography.Text type="secondary">{t('preview.sessionLine', { session: props.sessionName })}</Typography.Text>
        )}
        {preview.fileWarnings.map((w, i) => (
          <Alert key={i} type="warning" showIcon title={issueText(w, 'warning')} />
        ))}
        {s.changed > 0 && (
          <Flex gap="middle" align="center" wrap>
            <Typography.Text>{t('preview.existingBatch', { count: s.changed })}</Typography.Text>
            <Radio.Group
              value={decisions.existing}
              onChange={(e) => onDecisions({ existing: e.target.value as ExistingDecision, perRow: {} })}
              options={[
                { value: 'skip', label: t('preview.skipAll') },
                { value: 'update', label: t('preview.updateAll') },
              ]}
            />
          </Flex>
        )}
        <Segmented
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          options={counts.map(([value, n]) => ({
            value,
            label: `${value === 'all' || value === 'warnings' ? t(`preview.filter.${value}`) : t(`import:status.${value}`)} ${n}`,
          }))}
        />
        <Table<PreviewRow>
          virtual
          size="small"
          rowKey="rowNumber"
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: s.changed > 0 ? 1620 : 1430, y: 440 }}
          data-testid="import-preview-table"
          rowClassName={(r) => `import-row-${r.status}`}
          locale={{ emptyText: t('preview.empty') }}
        />
        {props.commitError && (
          <Alert type="error" showIcon title={props.commitError} data-testid="import-commit-error" />
        )}
        {committing && <Alert type="info" showIcon title={t('commit.running')} data-testid="import-committing" />}
        {plan.nothingToChange && !committing && (
          <Alert type="info" showIcon title={t('preview.nothingToChange')} data-testid="import-nothing-to-change" />
        )}
      </Flex>
      <Flex justify="space-between" style={{ marginTop: 16 }}>
        <Button onClick={props.onBack} disabled={committing}>
          {t('actions.back')}
        </Button>
        <Button
          type="primary"
          onClick={props.onCommit}
          disabled={plan.nothingToChange}
          loading={committing}
          data-testid="import-commit"
        >
          {t('commit.button', { create: plan.create.length, update: plan.update.length })}
        </Button>
      </Flex>
      <DiffModal row={diffRow} onClose={() => setDiffRow(null)} />
    </Card>
  )
}

function DiffModal({ row, onClose }: { row: PreviewRow | null; onClose: () => void }) {
  const { t } = useTranslation(['importWizard', 'import'])
  const show = (value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—'
    if (Array.isArray(value)) return value.length ? value.join('、') : '—'
    if (typeof value === 'boolean') return value ? t('preview.yes') : t('preview.no')
    return String(value)
  }
  return (
    <Modal
      open={row !== null}
      onCancel={onClose}
      footer={null}
      width={720}
      title={row ? t('preview.diffTitle', { row: row.rowNumber, number: row.record?.numberText ?? '' }) : ''}
    >
      <Table<FieldChange>
        size="small"
        pagination={false}
        rowKey="field"
        dataSource={row?.changes ?? []}
        columns={[
          {
            title: t('preview.field'),
            dataIndex: 'field',
            width: 120,
            render: (f: string) => t(`import:fields.${f}` as 'import:fields.title'),
          },
          { title: t('preview.before'), dataIndex: 'before', render: (v: unknown) => show(v) },
          {
            title: t('preview.after'),
            dataIndex: 'after',
            render: (v: unknown) => <Typography.Text mark>{show(v)}</Typography.Text>,
          },
        ]}
      />
    </Modal>
  )
}
