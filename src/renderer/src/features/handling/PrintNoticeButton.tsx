/**
 * "打印交办通知" on the detail page's assignment card: choose one of the suggestion's units, then print or save as
 * PDF that unit's assignment notice (all its open parts, per session) with `printAssignmentNotices`.
 */
import { useState } from 'react'
import { App, Button, Flex, Modal, Radio } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Id } from '@shared/domain/model'
import { printAssignmentNotices } from './printAssignmentNotices'

export function PrintNoticeButton({ unitIds, unitName }: { unitIds: Id[]; unitName: (id: Id) => string }) {
  const { t } = useTranslation('handling')
  const { message } = App.useApp()
  const [open, setOpen] = useState(false)
  const [chosen, setChosen] = useState<Id | undefined>(undefined)
  const [busy, setBusy] = useState<'print' | 'pdf' | null>(null)
  const unitId = chosen && unitIds.includes(chosen) ? chosen : unitIds[0]
  if (unitIds.length === 0) return null

  const go = async (mode: 'print' | 'pdf') => {
    if (!unitId) return
    setBusy(mode)
    try {
      const result = await printAssignmentNotices([unitId], { mode })
      if (result.ok) {
        void message.success(t('notice.printed', { count: result.value }))
        setOpen(false)
      } else if (result.error.code === 'nothing-to-print') void message.warning(t('notice.nothing'))
      else if (result.error.code !== 'cancelled')
        void message.error(t('notice.hostFailed', { code: result.error.code }))
    } finally {
      setBusy(null)
    }
  }

  return (
    <>
      <Button
        size="small"
        icon={<PrinterOutlined />}
        data-testid="print-assignment-notice"
        onClick={() => setOpen(true)}
      >
        {t('notice.print')}
      </Button>
      <Modal
        open={open}
        title={t('notice.print')}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        footer={
          <Flex gap={8} justify="end">
            <Button
              loading={busy === 'pdf'}
              disabled={busy !== null}
              onClick={() => void go('pdf')}
              data-testid="notice-pdf"
            >
              {t('notice.pdf')}
            </Button>
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              loading={busy === 'print'}
              disabled={busy !== null}
              onClick={() => void go('print')}
              data-testid="notice-print"
            >
              {t('notice.print')}
            </Button>
          </Flex>
        }
      >
        <Radio.Group
          data-testid="notice-unit"
          value={unitId}
          onChange={(e) => setChosen(e.target.value as Id)}
          options={unitIds.map((id) => ({ value: id, label: unitName(id) }))}
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
        />
      </Modal>
    </>
  )
}
