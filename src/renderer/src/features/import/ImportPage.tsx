/**
 * 导入 (#/import): the import wizard for lists of suggestions, and the exchange with handling units (reply
 * workbooks coming back). Needs an operator: a commit records events.
 */
import { Tabs } from 'antd'
import { useTranslation } from 'react-i18next'
import { RequireOperator } from '../common/RequireOperator'
import { UnitWorkbooksPanel } from '../export'
import { ImportWizard } from './ImportWizard'
import { ReplyWorkbookImport } from './ReplyWorkbookImport'

export default function ImportPage() {
  const { t } = useTranslation('importWizard')
  return (
    <RequireOperator>
      <Tabs
        destroyOnHidden={false}
        items={[
          { key: 'suggestions', label: t('tabs.suggestions'), children: <ImportWizard /> },
          { key: 'unitWorkbooks', label: t('tabs.unitWorkbooks'), children: <UnitWorkbooksPanel /> },
          { key: 'replies', label: t('tabs.replies'), children: <ReplyWorkbookImport /> },
        ]}
      />
    </RequireOperator>
  )
}
