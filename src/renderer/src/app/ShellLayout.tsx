/**
 * The frame around every page: header, collapsible left menu, and the content area with the page heading.
 * Pages render into the white panel below the heading.
 */
import { Suspense, useState } from 'react'
import { Flex, Layout, Spin } from 'antd'
import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons'
import { Outlet, useLocation, useNavigation } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { AppHeader } from './AppHeader'
import { SideMenu } from './SideMenu'
import { PageHeading } from './PageHeading'
import { sectionOfPath } from './sections'
import { HEADER_HEIGHT } from './theme'
import './shell.css'

function PageLoading() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: 240 }}>
      <Spin />
    </Flex>
  )
}

export function ShellLayout() {
  const { t } = useTranslation('common')
  const [collapsed, setCollapsed] = useState(false)
  const location = useLocation()
  const navigation = useNavigation()
  const section = sectionOfPath(location.pathname)

  return (
    <Layout className="shell">
      <AppHeader />
      <Layout hasSider>
        <Layout.Sider
          className="shell-sider"
          width={212}
          collapsedWidth={64}
          breakpoint="lg"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          style={{ top: HEADER_HEIGHT, height: `calc(100vh - ${HEADER_HEIGHT}px)` }}
          trigger={
            <span title={collapsed ? t('shell.expand') : t('shell.collapse')}>
              {collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            </span>
          }
        >
          <SideMenu selected={section?.id} collapsed={collapsed} />
        </Layout.Sider>
        <Layout.Content className="shell-content" aria-busy={navigation.state === 'loading'}>
          <PageHeading section={section} />
          <main className="shell-page" data-testid="page">
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
