/** The board grouped by unit: each unit's load as counts per stage, busiest first; a row opens its cards. */
import { Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Id } from '@shared/domain/model'
import { BOARD_COLUMNS, type UnitLoad } from './boardModel'

export function UnitLoadTable(props: {
  units: UnitLoad[]
  unitName: (id: Id) => string
  onOpenUnit: (id: Id) => void
}) {
  const { t } = useTranslation('board')
  return (
    <Table<UnitLoad>
      data-testid="board-unit-view"
      size="small"
      rowKey="unitId"
      dataSource={props.units}
      pagination={false}
      sticky
      scroll={{ y: 'calc(100vh - 320px)' }}
      onRow={(row) => ({ onClick: () => props.onOpenUnit(row.unitId), style: { cursor: 'pointer' } })}
      columns={[
        {
          key: 'unit',
          title: t('unitView.unit'),
          render: (_, row) => <Typography.Link>{props.unitName(row.unitId)}</Typography.Link>,
          width: 220,
        },
        ...BOARD_COLUMNS.map((stage) => ({
          key: stage,
          title: t(`columns.${stage}`),
          align: 'right' as const,
          render: (_: unknown, row: UnitLoad) =>
            row.counts[stage] || <Typography.Text type="secondary">0</Typography.Text>,
          sorter: (a: UnitLoad, b: UnitLoad) => a.counts[stage] - b.counts[stage],
        })),
        {
          key: 'overdue',
          title: t('unitView.overdue'),
          align: 'right' as const,
          render: (_, row) =>
            row.overdue ? (
              <Typography.Text type="danger">{row.overdue}</Typography.Text>
            ) : (
              <Typography.Text type="secondary">0</Typography.Text>
            ),
          sorter: (a, b) => a.overdue - b.overdue,
        },
        {
          key: 'total',
          title: t('unitView.total'),
          align: 'right' as const,
          render: (_, row) => <Typography.Text strong>{row.total}</Typography.Text>,
          sorter: (a, b) => a.total - b.total,
        },
      ]}
    />
  )
}
