/**
 * Breadcrumbs, the page title (the page's one h1) and a one-line hint, for the current section. The breadcrumbs
 * are plain links (antd's Breadcrumb brings its Dropdown and Menu into the code every start evaluates).
 */
import { useEffect } from 'react'
import { Typography } from 'antd'
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
  const home = <HomeOutlined aria-label={t('sections.home')} />
  const items: { key: string; label: React.ReactNode; href?: string }[] =
    section.id === 'home'
      ? [{ key: 'home', label: home }]
      : [
          { key: 'home', label: home, href: '#/' },
          ...(section.group ? [{ key: 'group', label: t(`groups.${section.group}`) }] : []),
          { key: 'page', label: title },
        ]

  return (
    <div className="shell-heading">
      <nav className="shell-breadcrumb" aria-label={t('common:shell.breadcrumb')}>
        <ol>
          {items.map((item, i) => (
            <li key={item.key} aria-current={i === items.length - 1 ? 'page' : undefined}>
              {i > 0 && (
                <span className="shell-breadcrumb-separator" aria-hidden>
                  /
                </span>
              )}
              {item.href ? <a href={item.href}>{item.label}</a> : item.label}
            </li>
          ))}
        </ol>
      </nav>
      <Typography.Title level={1} className="shell-title" data-testid="page-title">
        {title}
      </Typography.Title>
      <Typography.Text type="secondary" className="shell-hint">
        {t(`hints.${section.id}`)}
      </Typography.Text>
    </div>
  )
}
