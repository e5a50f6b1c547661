/** The left navigation: home on top, then the sections in their groups. Built from SECTIONS. */
import { Menu, type MenuProps } from 'antd'
import { useNavigate } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { SECTIONS, SECTION_GROUPS, sectionById, type Section, type SectionId } from './sections'

type MenuItem = Required<MenuProps>['items'][number]

export function SideMenu({ selected }: { selected: SectionId | undefined }) {
  const { t } = useTranslation(['nav', 'common'])
  const navigate = useNavigate()

  const item = (section: Section): MenuItem => ({
    key: section.id,
    icon: <section.icon />,
    label: t(`sections.${section.id}`),
  })

  const items: MenuItem[] = [
    ...SECTIONS.filter((s) => !s.group).map(item),
    ...SECTION_GROUPS.map((group): MenuItem => ({
      type: 'group',
      key: `group-${group}`,
      label: t(`groups.${group}`),
      children: SECTIONS.filter((s) => s.group === group).map(item),
    })),
  ]

  return (
    <Menu
      mode="inline"
      aria-label={t('common:shell.mainNav')}
      selectedKeys={selected ? [selected] : []}
      items={items}
      onClick={({ key }) => navigate(sectionById(key as SectionId).path)}
      className="shell-menu"
    />
  )
}
