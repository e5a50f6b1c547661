/**
 * The application's sections: route path, menu group and icon. The menu, the breadcrumbs and the route table are
 * all built from this one list; labels come from `nav:sections.<id>` and `nav:groups.<group>`.
 */
import type { ComponentType } from 'react'
import {
  AlertOutlined,
  BarChartOutlined,
  CalendarOutlined,
  FormOutlined,
  HomeOutlined,
  ImportOutlined,
  MailOutlined,
  ProjectOutlined,
  SettingOutlined,
  StarOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons'

export type SectionId =
  | 'home'
  | 'register'
  | 'import'
  | 'suggestions'
  | 'board'
  | 'calendar'
  | 'replies'
  | 'ratings'
  | 'supervision'
  | 'statistics'
  | 'settings'

export type SectionGroup = 'intake' | 'handling' | 'analysis'

export interface Section {
  id: SectionId
  /** Router path without the hash: '/' or '/board'. */
  path: string
  /** Menu group; the home section stands alone at the top. */
  group?: SectionGroup
  icon: ComponentType
}

export const SECTIONS: readonly Section[] = [
  { id: 'home', path: '/', icon: HomeOutlined },
  { id: 'register', path: '/register', group: 'intake', icon: FormOutlined },
  { id: 'import', path: '/import', group: 'intake', icon: ImportOutlined },
  { id: 'suggestions', path: '/suggestions', group: 'handling', icon: UnorderedListOutlined },
  { id: 'board', path: '/board', group: 'handling', icon: ProjectOutlined },
  { id: 'calendar', path: '/calendar', group: 'handling', icon: CalendarOutlined },
  { id: 'replies', path: '/replies', group: 'handling', icon: MailOutlined },
  { id: 'ratings', path: '/ratings', group: 'handling', icon: StarOutlined },
  { id: 'supervision', path: '/supervision', group: 'handling', icon: AlertOutlined },
  { id: 'statistics', path: '/statistics', group: 'analysis', icon: BarChartOutlined },
  { id: 'settings', path: '/settings', group: 'analysis', icon: SettingOutlined },
]

export const SECTION_GROUPS: readonly SectionGroup[] = ['intake', 'handling', 'analysis']

export function sectionById(id: SectionId): Section {
  const section = SECTIONS.find((s) => s.id === id)
  if (!section) throw new Error(`unknown section ${id}`)
  return section
}

/** The section a router path belongs to ('/suggestions/123' belongs to 'suggestions'); undefined if none. */
export function sectionOfPath(pathname: string): Section | undefined {
  if (pathname === '/' || pathname === '') return sectionById('home')
  const first = '/' + (pathname.split('/').filter(Boolean)[0] ?? '')
  return SECTIONS.find((s) => s.path === first && s.path !== '/')
}
