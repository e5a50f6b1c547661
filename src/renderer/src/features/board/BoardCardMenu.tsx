/** A card's open action menu (an antd Dropdown), loaded when the first card menu is opened. */
import { Dropdown, type MenuProps } from 'antd'
import type { ReactElement } from 'react'

export default function BoardCardMenu(props: {
  items: MenuProps['items']
  onClose: () => void
  onClick: (key: string) => void
  children: ReactElement
}) {
  return (
    <Dropdown
      trigger={['click']}
      open
      onOpenChange={(open) => (open ? undefined : props.onClose())}
      menu={{ items: props.items, onClick: ({ key }) => props.onClick(key) }}
    >
      {props.children}
    </Dropdown>
  )
}
