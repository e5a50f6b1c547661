/**
 * The operator gate shown when the app opens: pick your profile, or — on first run — create the administrator
 * (OperatorChooser). Children render only once someone is chosen, inside an `OperatorContext`. The chooser's
 * forms load only when they are shown: most starts find the operator already chosen for this window.
 */
import { Flex, Spin } from 'antd'
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { getDb, type SuggestionDb } from '../../store/db'
import { listOperators } from '../../store/repositories/operators'
import { useStartupLiveQuery } from '../../store/useStartupLiveQuery'
import { OperatorContext, rememberOperatorId, rememberedOperatorId, type OperatorSession } from './operatorContext'

const OperatorChooser = lazy(() => import('./OperatorChooser'))

export interface OperatorGateProps {
  children: ReactNode
  db?: SuggestionDb
}

export function OperatorGate({ children, db = getDb() }: OperatorGateProps) {
  const { t } = useTranslation('operators')
  const operators = useStartupLiveQuery('operators', db, () => listOperators(db), [db])
  const [chosenId, setChosenId] = useState<string | null>(() => rememberedOperatorId())
  const chosen = operators?.find((o) => o.id === chosenId && o.active) ?? null

  const session = useMemo<OperatorSession | null>(
    () =>
      chosen
        ? {
            operator: chosen,
            actor: { id: chosen.id, name: chosen.name },
            signOut: () => {
              rememberOperatorId(null)
              setChosenId(null)
            },
          }
        : null,
    [chosen],
  )
  const choose = (id: string) => {
    rememberOperatorId(id)
    setChosenId(id)
  }

  const loading = (
    <Flex justify="center" align="center" style={{ minHeight: '60vh' }}>
      <Spin tip={t('gate.loading')} />
    </Flex>
  )
  if (operators === undefined) return loading
  if (session) return <OperatorContext.Provider value={session}>{children}</OperatorContext.Provider>
  return (
    <Suspense fallback={loading}>
      <OperatorChooser operators={operators} db={db} onChoose={choose} />
    </Suspense>
  )
}
