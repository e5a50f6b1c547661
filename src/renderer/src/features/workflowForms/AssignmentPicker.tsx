/** Chooses which unit's part an action works on, when more than one part qualifies. */
import { Form, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Assignment, Id } from '@shared/domain/model'
import type { UnitDirectory } from './useUnitDirectory'

export function assignmentLabel(
  a: Assignment,
  units: UnitDirectory,
  t: (key: `roles.${Assignment['role']}` | `assignmentStates.${Assignment['state']}`) => string,
): string {
  return `${units.name(a.unitId)}（${t(`roles.${a.role}`)} · ${t(`assignmentStates.${a.state}`)}）`
}

export function AssignmentPicker(props: {
  assignments: Assignment[]
  units: UnitDirectory
  value: Id | undefined
  onChange: (id: Id) => void
}) {
  const { t } = useTranslation('workflowForms')
  const { t: tw } = useTranslation('workflow')
  return (
    <Form.Item label={t('common.assignment')} required>
      <Select
        data-testid="assignment-picker"
        value={props.value}
        onChange={props.onChange}
        options={props.assignments.map((a) => ({ value: a.id, label: assignmentLabel(a, props.units, tw) }))}
      />
    </Form.Item>
  )
}
