/**
 * Who is at the keyboard: chosen in `OperatorGate`, remembered for the browser session (sessionStorage, so
 * a reload keeps it and closing the app forgets it), read everywhere with `useOperator()`.
 */
import { createContext, useContext } from 'react'
import type { Actor, Operator } from '@shared/domain/model'
export { canAdminister, canEdit } from '../../store/repositories/operators'

export interface OperatorSession {
  operator: Operator
  /** The operator as events record it. */
  actor: Actor
  /** Back to the chooser. */
  signOut: () => void
}

export const OperatorContext = createContext<OperatorSession | null>(null)

/** The current operator. Only valid inside `<OperatorGate>`. */
export function useOperator(): OperatorSession {
  const session = useContext(OperatorContext)
  if (!session) throw new Error('useOperator() used outside <OperatorGate>')
  return session
}

export const OPERATOR_STORAGE_KEY = 'daibiao-jianyi.operatorId'

export function rememberedOperatorId(): string | null {
  try {
    return sessionStorage.getItem(OPERATOR_STORAGE_KEY)
  } catch {
    return null
  }
}

/** Fired on `window` when the operator is chosen or signs out, so the header can follow. */
export const OPERATOR_CHANGED_EVENT = 'daibiao-jianyi:operator-changed'

export function rememberOperatorId(id: string | null): void {
  try {
    if (id) sessionStorage.setItem(OPERATOR_STORAGE_KEY, id)
    else sessionStorage.removeItem(OPERATOR_STORAGE_KEY)
  } catch {
    // Storage unavailable (private mode): the choice lasts until reload.
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(OPERATOR_CHANGED_EVENT))
}
