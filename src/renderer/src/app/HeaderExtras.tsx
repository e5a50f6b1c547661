/**
 * The slot at the right of the header for controls other features own (the operator chooser, a sync
 * indicator…). A feature adds one by creating `src/renderer/src/app/header-extras/<Name>.tsx` with a default
 * export component; they are shown in file-name order (prefix with `10-`, `20-` to order). No list to edit.
 */
import type { ComponentType } from 'react'
import { Flex } from 'antd'

type ExtraModule = { default: ComponentType }

const extras = Object.entries(import.meta.glob<ExtraModule>('./header-extras/*.tsx', { eager: true }))
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, module]) => ({ key: path, Extra: module.default }))

export function HeaderExtras() {
  if (extras.length === 0) return null
  return (
    <Flex align="center" gap={12} data-testid="header-extras">
      {extras.map(({ key, Extra }) => (
        <Extra key={key} />
      ))}
    </Flex>
  )
}
