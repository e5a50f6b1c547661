/**
 * 承办单位: the units in official order (move up / down), add and edit, rename (old name kept as an alias and in
 * the history), merge into another unit (机构改革) and retire; the history of each unit in a drawer. A unit that
 * still holds open work offers administrators 转移在办事项 (features/handling's `TransferOpenAssignmentsDialog`).
 */
import { useState } from 'react'
import { App, Button, Flex, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { Unit } from '@shared/domain/model'
import { getDb } from '../../store/db'
import { listUnits, reorderUnits } from '../../store/repositories/units'
import { canAdminister, useOperator } from '../operators'
import { TRANSFERABLE_STATES, TransferOpenAssignmentsDialog } from '../handling'
import { nowIso } from '../common/clock'
import { retireUnit } from './settingsStore'
import { useErrorText } from './errorText'
import { UnitFormModal } from './UnitFormModal'
import { UnitMergeModal } from './UnitMergeModal'
import { UnitHistoryDrawer } from './UnitHistoryDrawer'
import { UnitRenameModal } from './UnitRenameModal'

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; unit: Unit }
  | { kind: 'rename'; unit: Unit }
  | { kind: 'merge'; unit: Unit }
  | { kind: 'history'; unit: Unit }
  | { kind: 'transfer'; unit: Unit }
  | null

export function UnitsTab({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('settings')
  const db = getDb()
  const { actor, operator } = useOperator()
  const isAdministrator = canAdminister(operator) && !readOnly
  const { message, modal } = App.useApp()
  const errorText = useErrorText()
  const [showRetired, setShowRetired] = useState(false)
  const [dialog, setDialog] = useState<Dialog>(null)
  const all = useLiveQuery(() => listUnits(db, { includeInactive: true }), [db])
  const active = all?.filter((u) => u.active) ?? []
  const shown = showRetired ? (all ?? []) : active
  const nameOf = (id: string | null) => all?.find((u) => u.id === id)?.name ?? ''
  // Units holding parts that would move with them (the dialog counts exactly, this only decides the button).
  const withOpenWork = useLiveQuery(
    async () =>
      new Set(
        (
          await db.assignments
            .where('state')
            .anyOf([...TRANSFERABLE_STATES])
            .toArray()
        ).map((a) => a.unitId),
      ),
    [db],
  )

  const move = async (unit: Unit, step: -1 | 1) => {
    const ids = active.map((u) => u.id)
    const from = ids.indexOf(unit.id)
    const to = from + step
    if (from < 0 || to < 0 || to >= ids.length) return
    ;[ids[from], ids[to]] = [ids[to]!, ids[from]!]
    await reorderUnits(db, ids)
  }

  const retire = (unit: Unit) => {
    modal.confirm({
      title: t('units.retire.title', { name: unit.name }),
      content: t('units.retire.content'),
      okText: t('units.retire.ok'),
      okButtonProps: { danger: true },
      cancelText: t('actions.cancel'),
      onOk: async () => {
        const result = await retireUnit(db, unit.id, actor, nowIso())
        if (result.ok) void message.success(t('units.retire.done', { name: unit.name }))
        else void message.error(errorText(result.error))
      },
    })
  }

  return (
    <Flex vertical gap="middle" data-testid="settings-units">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Text type="secondary">{t('units.intro')}</Typography.Text>
        <Space>
          <Space size="small">
            <Switch size="small" checked={showRetired} onChange={setShowRetired} aria-label={t('units.showRetired')} />
            <Typography.Text>{t('units.showRetired')}</Typography.Text>
          </Space>
          <Button type="primary" icon={<PlusOutlined />} disabled={readOnly} onClick={() => setDialog({ kind: 'add' })}>
            {t('units.add')}
          </Button>
        </Space>
      </Flex>
      <Table<Unit>
        rowKey="id"
        size="middle"
        loading={all === undefined}
        dataSource={shown}
        pagination={false}
        locale={{ emptyText: t('units.empty') }}
        scroll={{ x: 1100 }}
        columns={[
          {
            title: t('units.columns.order'),
            key: 'order',
            width: 64,
            render: (_, u) => (u.active ? active.indexOf(u) + 1 : '—'),
          },
          {
            title: t('units.columns.name'),
            dataIndex: 'name',
            render: (name: string, u) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong={u.active} delete={!u.active}>
                  {name}
                </Typography.Text>
                {!u.active && (
                  <Tag color="default">
                    {u.successorId ? t('units.mergedInto', { name: nameOf(u.successorId) }) : t('units.retired')}
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            title: t('units.columns.shortNames'),
            key: 'names',
            render: (_, u) => (
              <Space size={[4, 4]} wrap>
                {u.shortNames.map((n) => (
                  <Tag key={`s-${n}`} color="blue">
                    {n}
                  </Tag>
                ))}
                {u.aliases.map((n) => (
                  <Tooltip key={`a-${n}`} title={t('units.aliasTip')}>
                    <Tag>{n}</Tag>
                  </Tooltip>
                ))}
              </Space>
            ),
          },
          {
            title: t('units.columns.type'),
            dataIndex: 'type',
            width: 110,
            render: (type: Unit['type']) => t(`units.types.${type}`),
          },
          {
            title: t('units.columns.contacts'),
            key: 'contacts',
            render: (_, u) => {
              const c = u.contacts
              const lines = [
                c.leader && `${t('units.form.leader')}：${c.leader}`,
                c.department && `${t('units.form.department')}：${c.department}`,
                (c.contact || c.phone) &&
                  `${t('units.form.contact')}：${[c.contact, c.phone].filter(Boolean).join(' ')}`,
              ].filter(Boolean)
              return lines.length ? (
                <Space orientation="vertical" size={0}>
                  {lines.map((l) => (
                    <Typography.Text key={String(l)} type="secondary" style={{ fontSize: 12 }}>
                      {l}
                    </Typography.Text>
                  ))}
                </Space>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              )
            },
          },
          {
            title: t('units.columns.actions'),
            key: 'actions',
            width: 330,
            render: (_, u) => {
              const index = active.indexOf(u)
              return (
                <Space size={2} wrap>
                  <Tooltip title={t('actions.moveUp')}>
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowUpOutlined />}
                      aria-label={t('actions.moveUp')}
                      disabled={readOnly || !u.active || index <= 0}
                      onClick={() => void move(u, -1)}
                    />
                  </Tooltip>
                  <Tooltip title={t('actions.moveDown')}>
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowDownOutlined />}
                      aria-label={t('actions.moveDown')}
                      disabled={readOnly || !u.active || index === active.length - 1}
                      onClick={() => void move(u, 1)}
                    />
                  </Tooltip>
                  <Button
                    size="small"
                    type="link"
                    disabled={readOnly || !u.active}
                    onClick={() => setDialog({ kind: 'edit', unit: u })}
                  >
                    {t('actions.edit')}
                  </Button>
                  <Button
                    size="small"
                    type="link"
                    disabled={readOnly || !u.active}
                    onClick={() => setDialog({ kind: 'rename', unit: u })}
                  >
                    {t('units.actions.rename')}
                  </Button>
                  <Button
                    size="small"
                    type="link"
                    disabled={readOnly || !u.active}
                    onClick={() => setDialog({ kind: 'merge', unit: u })}
                  >
                    {t('units.actions.merge')}
                  </Button>
                  <Button size="small" type="link" danger disabled={readOnly || !u.active} onClick={() => retire(u)}>
                    {t('units.actions.retire')}
                  </Button>
                  {isAdministrator && withOpenWork?.has(u.id) && (
                    <Button
                      size="small"
                      type="link"
                      data-testid="unit-transfer-open"
                      onClick={() => setDialog({ kind: 'transfer', unit: u })}
                    >
                      {t('units.actions.transferOpen')}
                    </Button>
                  )}
                  <Button
                    size="small"
                    type="link"
                    icon={<HistoryOutlined />}
                    onClick={() => setDialog({ kind: 'history', unit: u })}
                  >
                    {t('units.actions.history')}
                  </Button>
                </Space>
              )
            },
          },
        ]}
      />
      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <UnitFormModal unit={dialog.kind === 'edit' ? dialog.unit : null} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'rename' && <UnitRenameModal unit={dialog.unit} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'merge' && <UnitMergeModal unit={dialog.unit} units={active} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'transfer' && (
        <TransferOpenAssignmentsDialog
          unitId={dialog.unit.id}
          successorId={dialog.unit.successorId}
          onClose={() => setDialog(null)}
        />
      )}
      <UnitHistoryDrawer
        unit={dialog?.kind === 'history' ? (all?.find((u) => u.id === dialog.unit.id) ?? dialog.unit) : null}
        nameOf={nameOf}
        onClose={() => setDialog(null)}
      />
    </Flex>
  )
}
