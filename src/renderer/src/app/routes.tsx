/**
 * The route table (hash router: the app is served from app://bundle/index.html, so the path lives after '#').
 * Each section's page is loaded lazily from `features/<section>/<Section>Page.tsx`, so the shell paints at once
 * and a section's code loads on first visit. Non-home sections match `<path>/*`: a feature may add its own
 * sub-routes (e.g. '/suggestions/:id') with descendant `<Routes>` without editing this table.
 */
import type { ComponentType } from 'react'
import type { RouteObject } from 'react-router-dom'
import { SECTIONS, type SectionId } from './sections'
import { ShellLayout } from './ShellLayout'
import { RouteErrorPage } from './RouteErrorPage'
import { BootScreen } from './BootScreen'

type PageModule = { default: ComponentType }

const pages: Record<SectionId, () => Promise<PageModule>> = {
  home: () => import('../features/home/HomePage'),
  register: () => import('../features/register/RegisterPage'),
  import: () => import('../features/import/ImportPage'),
  suggestions: () => import('../features/suggestions/SuggestionsPage'),
  board: () => import('../features/board/BoardPage'),
  calendar: () => import('../features/calendar/CalendarPage'),
  replies: () => import('../features/replies/RepliesPage'),
  ratings: () => import('../features/ratings/RatingsPage'),
  supervision: () => import('../features/supervision/SupervisionPage'),
  statistics: () => import('../features/statistics/StatisticsPage'),
  settings: () => import('../features/settings/SettingsPage'),
}

export interface SectionHandle {
  section: SectionId
}

function sectionRoute(id: SectionId, path: string): RouteObject {
  const handle: SectionHandle = { section: id }
  const lazy = async () => ({ Component: (await pages[id]()).default })
  return path === '/' ? { index: true, handle, lazy } : { path: `${path.slice(1)}/*`, handle, lazy }
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <ShellLayout />,
    errorElement: <RouteErrorPage fullPage />,
    hydrateFallbackElement: <BootScreen />,
    children: [
      {
        // Errors inside a page are shown in the content area; the menu and header stay usable.
        errorElement: <RouteErrorPage />,
        children: [
          ...SECTIONS.map((s) => sectionRoute(s.id, s.path)),
          { path: '*', lazy: async () => ({ Component: (await import('./NotFoundPage')).NotFoundPage }) },
        ],
      },
    ],
  },
]
