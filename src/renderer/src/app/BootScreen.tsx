/** Shown for the instant before the first page's code has loaded. */
import { Flex, Spin } from 'antd'

export function BootScreen() {
  return (
    <Flex align="center" justify="center" style={{ height: '100vh' }}>
      <Spin size="large" />
    </Flex>
  )
}
