/**
 * Makes sure an operator is chosen before a screen that records events renders. When the shell already wraps
 * the app in `OperatorGate` this is a no-op; otherwise the page shows the gate itself.
 */
import { useContext, type ReactNode } from 'react'
import { OperatorContext, OperatorGate } from '../operators'

export function RequireOperator({ children }: { children: ReactNode }) {
  const session = useContext(OperatorContext)
  if (session) return <>{children}</>
  return <OperatorGate>{children}</OperatorGate>
}
