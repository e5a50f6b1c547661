/**
 * One unit's part as a tabbed record: sign-for and people, contacts, progress, co-opinion or extension, returns,
 * and — once its reply was sent — publication and promises.
 */
import { Tabs } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Assignment } from '@shared/domain/model'
import { isReplyingRole } from '@shared/domain/workflow'
import { AfterReplySection, sentReplyOf } from './AfterReplySection'
import { ContactsSection } from './ContactsSection'
import { CoOpinionSection } from './CoOpinionSection'
import { ExtensionSection } from './ExtensionSection'
import { eventsOf, useHandlingEnv } from './handlingEnv'
import { PeopleSection } from './PeopleSection'
import { ProgressSection } from './ProgressSection'
import { ReturnSection } from './ReturnSection'

export function AssignmentHandlingCard({ assignment: a, current }: { assignment: Assignment; current: boolean }) {
  const { t } = useTranslation('handling')
  const env = useHandlingEnv()
  const contacts = env.aggregate.contacts.filter((c) => c.assignmentId === a.id).length
  const notes = eventsOf(env, a, ['progress-noted']).length
  const items = [
    { key: 'people', label: t('tabs.people'), children: <PeopleSection assignment={a} /> },
    {
      key: 'contacts',
      label: t('tabs.contacts', { count: contacts }),
      children: <ContactsSection assignment={a} />,
    },
    {
      key: 'progress',
      label: t('tabs.progress', { count: notes }),
      children: <ProgressSection assignment={a} current={current} />,
    },
    isReplyingRole(a)
      ? {
          key: 'extension',
          label: t('tabs.extension'),
          children: <ExtensionSection assignment={a} current={current} />,
        }
      : {
          key: 'co-opinion',
          label: t('tabs.coOpinion'),
          children: <CoOpinionSection assignment={a} current={current} />,
        },
    { key: 'returns', label: t('tabs.returns'), children: <ReturnSection assignment={a} current={current} /> },
    ...(isReplyingRole(a) && sentReplyOf(env, a)
      ? [{ key: 'after-reply', label: t('tabs.afterReply'), children: <AfterReplySection assignment={a} /> }]
      : []),
  ]
  return (
    <Tabs
      size="small"
      items={items.map((item) => ({ ...item, forceRender: false }))}
      data-testid="handling-tabs"
      destroyOnHidden={false}
    />
  )
}
