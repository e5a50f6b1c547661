/**
 * The look: calm blue on light grey, a navy header, Chinese UI fonts first, compact tables. Colours are tokens
 * so features use `theme.useToken()` rather than literal colours.
 */
import type { ThemeConfig } from 'antd'

export const FONT_FAMILY =
  "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Sans SC', sans-serif"

export const SHELL_COLORS = {
  header: '#17365d',
  headerText: '#ffffff',
  brandMark: '#c0392b',
  contentBg: '#f2f4f7',
} as const

export const HEADER_HEIGHT = 56

export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5ca8',
    colorInfo: '#1f5ca8',
    colorSuccess: '#2e8b57',
    colorWarning: '#d48806',
    colorError: '#c0392b',
    colorLink: '#1f5ca8',
    colorBgLayout: SHELL_COLORS.contentBg,
    borderRadius: 4,
    fontFamily: FONT_FAMILY,
    fontSize: 14,
  },
  components: {
    Layout: {
      headerBg: SHELL_COLORS.header,
      headerHeight: HEADER_HEIGHT,
      headerPadding: '0 20px',
      siderBg: '#ffffff',
      triggerBg: '#ffffff',
      triggerColor: '#5b6675',
      bodyBg: SHELL_COLORS.contentBg,
    },
    Menu: {
      itemBorderRadius: 4,
      itemHeight: 40,
      groupTitleFontSize: 12,
      itemSelectedBg: '#e8f0fa',
      itemSelectedColor: '#1f5ca8',
    },
    Table: {
      cellPaddingBlock: 8,
      cellPaddingInline: 12,
      cellPaddingBlockSM: 6,
      headerBg: '#f5f7fa',
      headerColor: '#2f3a48',
    },
    Breadcrumb: {
      fontSize: 13,
    },
  },
}
