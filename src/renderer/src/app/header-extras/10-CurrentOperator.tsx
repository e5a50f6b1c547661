/**
 * The operator in the header. Operators are chosen by the gate in the pages that record events; the header
 * follows that choice (an event on `window`) and offers to switch, which forgets the choice and returns to the
 * chooser.
 */
import { useEffect, useState } from 'react'
import { getDb } from '../../store/db'
import { listOperators } from '../../store/repositories/operators'
import { useStartupLiveQuery } from '../../store/useStartupLiveQuery'
import { OperatorBadge } from '../../features/operators/OperatorBadge'
import {
  OPERATOR_CHANGED_EVENT,
  rememberOperatorId,
  rememberedOperatorId,
} from '../../features/operators/operatorContext'

export default function CurrentOperator() {
  const [id, setId] = useState<string | null>(() => rememberedOperatorId())
  useEffect(() => {
    const follow = () => setId(rememberedOperatorId())
    window.addEventListener(OPERATOR_CHANGED_EVENT, follow)
    return () => window.removeEventListener(OPERATOR_CHANGED_EVENT, follow)
  }, [])
  const db = getDb()
  const operators = useStartupLiveQuery('operators', db, () => listOperators(db), [db])
  const operator = operators?.find((o) => o.id === id)
  if (!operator) return null
  const switchOperator = () => {
    rememberOperatorId(null)
    window.location.reload()
  }
  return <OperatorBadge operator={operator} onSwitch={switchOperator} />
}
