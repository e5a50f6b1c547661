/** Breadcrumbs, the page title (the page's one h1) and a one-line hint, for the current section. */
import { useEffect } from 'react'
import { Breadcrumb, Typography } from 'antd'
import { HomeOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Section } from './sections'

export function PageHeading({ section }: { section: Section | undefined }) {
  const { t } = useTranslation(['nav', 'common'])
  const appName = t('common:appName')
  const title = section ? t(`sections.${section.id}`) : undefined

  useEffect(() => {
    document.title = title ? `${title} - ${appName}` : appName
  }, [title, appName])

  // Pages outside any section (not found) still keep their distance from the header.
  if (!section) return <div className="shell-heading-spacer" />
  const home = t('sections.home')
  const items =
    section.id === 'home'
      ? [{ title: <HomeOutlined aria-label={home} /> }]
      : [
          { title: <HomeOutlined aria-label={home} />, href: '#/' },
          ...(section.group ? [{ title: t(`groups.${section.group}`) }] : []),
          { title },
        ]

  return (
    <div className="shell-heading">
      <Breadcrumb items={items} />
      <Typography.Title level={1} className="shell-title" data-testid="page-title">
        {title}
      </Typography.Title>
      <Typography.Text type="secondary" className="shell-hint">
        {t(`hints.${section.id}`)}
      </Typography.Text>
    </div>
  )
}
