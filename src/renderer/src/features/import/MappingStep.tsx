/**
 * Step 3: which column feeds which field. The automatic mapping (header names and their synonyms) is shown;
 * each field can be pointed at another column or left out, and the result saved as a template for the next
 * file from the same source.
 */
import { Alert, App, Button, Card, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { REQUIRED_FIELDS } from '@shared/import/mapping'
import { IMPORT_FIELDS, type ColumnMapping, type ImportField, type ImportPreview } from '@shared/import/types'
import { getDb } from '../../store/db'
import { nowIso } from '../common/clock'
import { useIssueText } from './issueText'
import { listMappingTemplates, mappingOfTemplate, saveMappingTemplate } from './mappingTemplates'

export interface MappingStepProps {
  preview: ImportPreview
  /** The operator's own choices so far (absent fields follow the automatic mapping). */
  manual: ColumnMapping | undefined
  busy: boolean
  onChange: (mapping: ColumnMapping) => void
  onBack: () => void
  onNext: () => void
}

const NOT_IMPORTED = -1

export function MappingStep({ preview, manual, busy, onChange, onBack, onNext }: MappingStepProps) {
  const { t } = useTranslation(['importWizard', 'import'])
  const { message } = App.useApp()
  const issueText = useIssueText()
  const db = getDb()
  const templates = useLiveQuery(() => listMappingTemplates(db), [db])
  const [templateName, setTemplateName] = useState('')
  const required = REQUIRED_FIELDS as readonly ImportField[]

  const columnOptions = [
    { value: NOT_IMPORTED, label: t('mapping.notImported') },
    ...preview.columns.map((c) => ({
      value: c.index,
      label: c.label || t('mapping.unnamedColumn', { n: c.index + 1 }),
    })),
  ]
  const setField = (field: ImportField, index: number) =>
    onChange({ ...manual, [field]: index === NOT_IMPORTED ? null : index })

  const save = async () => {
    const name = templateName.trim()
    if (!name) return
    const byLabel: Partial<Record<ImportField, string>> = {}
    for (const field of IMPORT_FIELDS) {
      const index = preview.mapping[field]
      const label = index === undefined ? undefined : preview.columns.find((c) => c.index === index)?.label
      if (label) byLabel[field] = label
    }
    await saveMappingTemplate(db, name, byLabel, nowIso())
    setTemplateName('')
    void message.success(t('mapping.templateSaved', { name }))
  }

  const rows = IMPORT_FIELDS.map((field) => ({ field, index: preview.mapping[field] }))
  return (
    <Card data-testid="import-step-mapping">
      <Flex vertical gap="middle">
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('mapping.intro')}</Typography.Paragraph>
        <Flex gap="middle" wrap>
          <Select
            aria-label={t('mapping.loadTemplate')}
            placeholder={t('mapping.loadTemplate')}
            style={{ minWidth: 220 }}
            value={null}
            options={(templates ?? []).map((tpl) => ({ value: tpl.id, label: tpl.name }))}
            notFoundContent={t('mapping.noTemplates')}
            onChange={(id: string) => {
              const template = templates?.find((x) => x.id === id)
              if (template) onChange(mappingOfTemplate(template))
            }}
          />
          <Space.Compact>
            <Input
              aria-label={t('mapping.templateName')}
              placeholder={t('mapping.templateName')}
              value={templateName}
              onChange={(e) => setTemplateName(e.target.value)}
              maxLength={40}
            />
            <Button onClick={() => void save()} disabled={!templateName.trim()}>
              {t('mapping.saveTemplate')}
            </Button>
          </Space.Compact>
        </Flex>
        {preview.fileErrors.map((issue, i) => (
          <Alert key={i} type="error" showIcon title={issueText(issue, 'error')} />
        ))}
        <Table
          size="small"
          pagination={false}
          rowKey="field"
          dataSource={rows}
          data-testid="import-mapping-table"
          columns={[
            {
              title: t('mapping.field'),
              dataIndex: 'field',
              width: 200,
              render: (field: ImportField) => (
                <Space>
                  {t(`import:fields.${field}`)}
                  {required.includes(field) && <Tag color="red">{t('mapping.required')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('mapping.column'),
              dataIndex: 'index',
              render: (index: number | undefined, row) => (
                <Select
                  aria-label={t('mapping.columnFor', { field: t(`import:fields.${row.field}`) })}
                  data-testid={`mapping-${row.field}`}
                  style={{ width: 280 }}
                  value={index ?? NOT_IMPORTED}
                  options={columnOptions}
                  disabled={busy}
                  onChange={(value: number) => setField(row.field, value)}
                />
              ),
            },
            {
              title: t('mapping.how'),
              dataIndex: 'index',
              render: (index: number | undefined, row) =>
                index === undefined ? (
                  <Typography.Text type="secondary">{t('mapping.unmapped')}</Typography.Text>
                ) : manual?.[row.field] !== undefined ? (
                  <Tag color="purple">{t('mapping.manual')}</Tag>
                ) : (
                  <Tag color="blue">{t('mapping.automatic')}</Tag>
                ),
            },
          ]}
        />
      </Flex>
      <Flex justify="space-between" style={{ marginTop: 16 }}>
        <Button onClick={onBack}>{t('actions.back')}</Button>
        <Button type="primary" onClick={onNext} disabled={busy || preview.fileErrors.length > 0}>
          {t('actions.toPreview')}
        </Button>
      </Flex>
    </Card>
  )
}
