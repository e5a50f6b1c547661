/**
 * 机构改革: merge a unit into another. Before confirming, the dialog lists what moves: the open parts of
 * suggestions (each moved with a 'transferred' event, due dates unchanged) and the names that become aliases of
 * the successor. The old unit is retired with a pointer to its successor; nothing is deleted.
 */
import { useState } from 'react'
import { Alert, App, Descriptions, Flex, Modal, Select, Space, Tag, Typography } from 'antd'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { Unit } from '@shared/domain/model'
import { getDb } from '../../store/db'
import { useOperator } from '../operators'
import { nowIso, todayIso } from '../common/clock'
import { mergeUnitWithWork, openAssignmentsOfUnit } from './settingsStore'
import { useErrorText } from './errorText'

export function UnitMergeModal({ unit, units, onClose }: { unit: Unit; units: Unit[]; onClose: () => void }) {
  const { t } = useTranslation('settings')
  const db = getDb()
  const { actor } = useOperator()
  const { message } = App.useApp()
  const errorText = useErrorText()
  const [intoId, setIntoId] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const open = useLiveQuery(() => openAssignmentsOfUnit(db, unit.id), [db, unit.id])
  const into = units.find((u) => u.id === intoId)
  const suggestionCount = new Set(open?.map((a) => a.suggestionId)).size
  const movingNames = [unit.name, ...unit.shortNames, ...unit.aliases]

  const confirm = async () => {
    if (!intoId) return
    setBusy(true)
    const result = await mergeUnitWithWork(db, unit.id, intoId, actor, { now: nowIso(), today: todayIso() })
    setBusy(false)
    if (!result.ok) return setError(errorText(result.error))
    const { transferred, skipped } = result.value
    void message.success(
      t('units.merge.done', { from: unit.name, to: result.value.successor.name, count: transferred }),
    )
    if (skipped.length) void message.warning(t('units.merge.skipped', { count: skipped.length }))
    onClose()
  }

  return (
    <Modal
      open
      title={t('units.merge.title', { name: unit.name })}
      okText={t('units.merge.ok')}
      okButtonProps={{ danger: true, disabled: !intoId }}
      cancelText={t('actions.cancel')}
      confirmLoading={busy}
      onOk={() => void confirm()}
      onCancel={onClose}
      width={600}
      destroyOnHidden
    >
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">{t('units.merge.intro')}</Typography.Text>
        <Select
          aria-label={t('units.merge.into')}
          placeholder={t('units.merge.into')}
          value={intoId}
          onChange={setIntoId}
          showSearch={{ optionFilterProp: 'label' }}
          options={units.filter((u) => u.id !== unit.id).map((u) => ({ value: u.id, label: u.name }))}
        />
        {into && (
          <Descriptions
            bordered
            size="small"
            column={1}
            title={t('units.merge.whatMoves')}
            data-testid="merge-preview"
            items={[
              {
                key: 'work',
                label: t('units.merge.openWork'),
                children: t('units.merge.openWorkValue', { suggestions: suggestionCount, parts: open?.length ?? 0 }),
              },
              {
                key: 'names',
                label: t('units.merge.names', { name: into.name }),
                children: (
                  <Space size={[4, 4]} wrap>
                    {movingNames.map((n) => (
                      <Tag key={n}>{n}</Tag>
                    ))}
                  </Space>
                ),
              },
              {
                key: 'old',
                label: t('units.merge.oldUnit'),
                children: t('units.merge.oldUnitValue', { name: into.name }),
              },
            ]}
          />
        )}
        {into && <Alert type="warning" showIcon title={t('units.merge.irreversible')} />}
        {error && <Alert type="error" showIcon title={error} />}
      </Flex>
    </Modal>
  )
}
