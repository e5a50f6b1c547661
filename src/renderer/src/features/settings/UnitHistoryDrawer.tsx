/** The history of one unit: created, renamed, merged, edited, retired — who and when. Newest first. */
import { Drawer, Empty, Timeline, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Unit, UnitHistoryEntry } from '@shared/domain/model'
import { formatInstant } from '../common/formatDay'

const colours: Record<UnitHistoryEntry['kind'], string> = {
  created: 'green',
  renamed: 'blue',
  'merged-into': 'red',
  absorbed: 'blue',
  edited: 'gray',
  retired: 'red',
}

export function UnitHistoryDrawer(props: {
  unit: Unit | null
  nameOf: (id: string | null) => string
  onClose: () => void
}) {
  const { t } = useTranslation('settings')
  const unit = props.unit
  const entries = unit ? [...unit.history].reverse() : []
  return (
    <Drawer
      open={unit !== null}
      onClose={props.onClose}
      title={unit ? t('units.history.title', { name: unit.name }) : ''}
      size={460}
      data-testid="unit-history"
    >
      {entries.length === 0 ? (
        <Empty description={t('units.history.empty')} />
      ) : (
        <Timeline
          items={entries.map((e, i) => ({
            key: `${e.at}-${i}`,
            color: colours[e.kind],
            content: (
              <>
                <Typography.Text strong>{t(`units.history.kinds.${e.kind}`, { detail: e.detail })}</Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('units.history.by', { name: e.by.name, at: formatInstant(e.at) })}
                </Typography.Text>
              </>
            ),
          }))}
        />
      )}
    </Drawer>
  )
}
