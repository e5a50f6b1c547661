/**
 * 设置: units, categories and sessions, time limits, holiday years, backup and restore, demo data — one tab each.
 * Only administrators change anything here; everyone else sees the same tabs read-only, with a note. The open
 * tab is kept in the address (`#/settings?tab=holidays`) so other screens can link to one.
 */
import type { ReactNode } from 'react'
import { Alert, Flex, Tabs } from 'antd'
import { useSearchParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { RequireOperator } from '../common/RequireOperator'
import { canAdminister, useOperator } from '../operators'
import { UnitsTab } from './UnitsTab'
import { CataloguesTab } from './CataloguesTab'
import { DeadlinesTab } from './DeadlinesTab'
import { HolidaysTab } from './HolidaysTab'
import { BackupTab } from './BackupTab'
import { DemoTab } from './DemoTab'

export const SETTINGS_TABS = ['units', 'catalogues', 'deadlines', 'holidays', 'backup', 'demo'] as const
export type SettingsTab = (typeof SETTINGS_TABS)[number]

const isTab = (v: string | null): v is SettingsTab => (SETTINGS_TABS as readonly string[]).includes(v ?? '')

export default function SettingsPage() {
  return (
    <RequireOperator>
      <SettingsTabs />
    </RequireOperator>
  )
}

function SettingsTabs() {
  const { t } = useTranslation('settings')
  const { operator } = useOperator()
  const readOnly = !canAdminister(operator)
  const [params, setParams] = useSearchParams()
  const requested = params.get('tab')
  const active: SettingsTab = isTab(requested) ? requested : 'units'

  const panes: Record<SettingsTab, ReactNode> = {
    units: <UnitsTab readOnly={readOnly} />,
    catalogues: <CataloguesTab readOnly={readOnly} />,
    deadlines: <DeadlinesTab readOnly={readOnly} />,
    holidays: <HolidaysTab readOnly={readOnly} />,
    backup: <BackupTab readOnly={readOnly} />,
    demo: <DemoTab readOnly={readOnly} />,
  }

  return (
    <Flex vertical gap="middle" data-testid="settings-page">
      {readOnly && <Alert type="info" showIcon title={t('page.readOnlyNote')} data-testid="settings-read-only" />}
      <Tabs
        activeKey={active}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={SETTINGS_TABS.map((key) => ({ key, label: t(`page.tabs.${key}`), children: panes[key] }))}
      />
    </Flex>
  )
}
