/**
 * The left navigation: home on top, then the sections in their groups. Built from SECTIONS. Plain links
 * (`#/board`, the hash router follows them) in a <nav>, the current one marked `aria-current="page"`; when
 * the sider is collapsed only the icons show, each with its name as a tooltip and accessible name. Plain
 * elements rather than antd's Menu: the menu is drawn with every first page.
 */
import { useTranslation } from 'react-i18next'
import { SECTIONS, SECTION_GROUPS, type Section, type SectionId } from './sections'

export function SideMenu({ selected, collapsed = false }: { selected: SectionId | undefined; collapsed?: boolean }) {
  const { t } = useTranslation(['nav', 'common'])

  const link = (section: Section) => {
    const label = t(`sections.${section.id}`)
    const current = section.id === selected
    return (
      <li key={section.id}>
        <a
          href={`#${section.path}`}
          className={`shell-menu-item${current ? ' shell-menu-item-selected' : ''}`}
          aria-current={current ? 'page' : undefined}
          title={collapsed ? label : undefined}
          data-section={section.id}
        >
          <section.icon />
          <span className={collapsed ? 'shell-menu-label-hidden' : 'shell-menu-label'}>{label}</span>
        </a>
      </li>
    )
  }

  return (
    <nav className={`shell-menu${collapsed ? ' shell-menu-collapsed' : ''}`} aria-label={t('common:shell.mainNav')}>
      <ul className="shell-menu-list">{SECTIONS.filter((s) => !s.group).map(link)}</ul>
      {SECTION_GROUPS.map((group) => (
        <div key={group} role="group" aria-label={t(`groups.${group}`)}>
          <div className="shell-menu-group" aria-hidden>
            {collapsed ? '' : t(`groups.${group}`)}
          </div>
          <ul className="shell-menu-list">{SECTIONS.filter((s) => s.group === group).map(link)}</ul>
        </div>
      ))}
    </nav>
  )
}
