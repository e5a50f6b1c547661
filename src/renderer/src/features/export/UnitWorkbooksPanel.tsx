/**
 * Workbooks for handling units: the 交办清单 (what each unit was assigned, with roles and due dates) and the
 * reply workbook (答复情况表) a unit fills in offline and sends back. Choose the units, and one file per unit is
 * handed to the host to save. Only units with live assignments are offered.
 */
import { App, Button, Card, Checkbox, Flex, Form, Radio, Select, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { UiLanguage } from '@shared/bridge/hostBridge'
import type { Assignment, Id } from '@shared/domain/model'
import { getHost } from '../../host'
import { useHostError } from '../../app/useHostError'
import { getDb } from '../../store/db'
import { loadSettings } from '../../store/repositories/settings'
import { exportAssignmentWorkbooks } from '../../workbook/export/assignmentWorkbooks'
import { exportReplyWorkbook } from '../../workbook/export/replyWorkbook'
import type { ExportedWorkbook } from '../../workbook/export/suggestionList'

type Kind = 'assignment' | 'reply'
const ENDED: readonly Assignment['state'][] = ['returned', 'transferred']

export function UnitWorkbooksPanel() {
  const { t, i18n } = useTranslation('exportUi')
  const { message } = App.useApp()
  const showHostError = useHostError()
  const db = getDb()
  const [kind, setKind] = useState<Kind>('assignment')
  const [unitIds, setUnitIds] = useState<Id[]>([])
  const [combined, setCombined] = useState(false)
  const [busy, setBusy] = useState(false)
  const language: UiLanguage = i18n.language === 'en-US' ? 'en-US' : 'zh-CN'
  const data = useLiveQuery(async () => {
    const [units, assignments] = await Promise.all([db.units.orderBy('order').toArray(), db.assignments.toArray()])
    const live = assignments.filter((a) => !ENDED.includes(a.state))
    const withWork = new Set(live.map((a) => a.unitId))
    return { units: units.filter((u) => withWork.has(u.id)), live }
  }, [db])

  const run = async () => {
    if (!data) return
    setBusy(true)
    try {
      const chosen = data.units.filter((u) => unitIds.includes(u.id))
      const byUnit = new Map<Id, Assignment[]>()
      for (const a of data.live)
        if (unitIds.includes(a.unitId)) byUnit.set(a.unitId, [...(byUnit.get(a.unitId) ?? []), a])
      const suggestionIds = [...new Set([...byUnit.values()].flat().map((a) => a.suggestionId))]
      const [suggestions, sessions, replies, settings] = await Promise.all([
        db.suggestions.bulkGet(suggestionIds).then((list) => list.filter((s) => s !== undefined)),
        db.sessions.toArray(),
        db.replies.where('suggestionId').anyOf(suggestionIds).toArray(),
        loadSettings(db),
      ])
      const files: ExportedWorkbook[] = []
      if (kind === 'assignment') {
        const out = await exportAssignmentWorkbooks(chosen, byUnit, { suggestions, sessions, language, combined })
        files.push(...out.files, ...(out.combined ? [out.combined] : []))
      } else {
        for (const unit of chosen) {
          files.push(
            await exportReplyWorkbook(unit, byUnit.get(unit.id) ?? [], {
              suggestions,
              sessions,
              replies,
              resultClasses: settings.resultClasses,
              language,
            }),
          )
        }
      }
      let saved = 0
      for (const file of files) {
        const result = await getHost().saveFile({
          title: t('units.saveTitle'),
          suggestedName: file.fileName,
          filters: [{ name: t('xlsxFilter'), extensions: ['xlsx'] }],
          bytes: file.bytes,
        })
        if (!result.ok) {
          showHostError(result.error)
          break
        }
        saved += 1
      }
      if (saved > 0) void message.success(t('units.saved', { count: saved }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card data-testid="unit-workbooks">
      <Form layout="vertical" style={{ maxWidth: 720 }}>
        <Typography.Paragraph type="secondary">{t('units.intro')}</Typography.Paragraph>
        <Form.Item label={t('units.kind')}>
          <Radio.Group
            value={kind}
            onChange={(e) => setKind(e.target.value as Kind)}
            options={[
              { value: 'assignment', label: t('units.assignment') },
              { value: 'reply', label: t('units.reply') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('units.units')} extra={data && data.units.length === 0 ? t('units.none') : undefined}>
          <Select
            mode="multiple"
            aria-label={t('units.units')}
            value={unitIds}
            onChange={setUnitIds}
            optionFilterProp="label"
            options={(data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
            placeholder={t('units.placeholder')}
          />
        </Form.Item>
        <Flex gap="small" style={{ marginBottom: 16 }}>
          <Button size="small" onClick={() => setUnitIds((data?.units ?? []).map((u) => u.id))}>
            {t('units.all')}
          </Button>
          <Button size="small" onClick={() => setUnitIds([])}>
            {t('units.clear')}
          </Button>
        </Flex>
        {kind === 'assignment' && (
          <Form.Item>
            <Checkbox checked={combined} onChange={(e) => setCombined(e.target.checked)}>
              {t('units.combined')}
            </Checkbox>
          </Form.Item>
        )}
        <Button
          type="primary"
          icon={<DownloadOutlined />}
          disabled={unitIds.length === 0}
          loading={busy}
          onClick={() => void run()}
        >
          {t('units.export', { count: unitIds.length })}
        </Button>
      </Form>
    </Card>
  )
}
