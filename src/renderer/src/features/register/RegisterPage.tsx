/** 建议登记 (#/register): the registration form, once an operator is chosen and the options are loaded. */
import { Flex, Spin } from 'antd'
import { RequireOperator } from '../common/RequireOperator'
import { RegisterForm } from './RegisterForm'
import { useRegisterOptions } from './useRegisterOptions'

function RegisterScreen() {
  const options = useRegisterOptions()
  if (!options) {
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin />
      </Flex>
    )
  }
  return <RegisterForm options={options} />
}

export default function RegisterPage() {
  return (
    <RequireOperator>
      <RegisterScreen />
    </RequireOperator>
  )
}
