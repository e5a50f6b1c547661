/** Operator profiles: who is at the keyboard. The first profile created is always an administrator. */
import type { Operator, OperatorRole, Result } from '@shared/domain/model'
import { err, ok } from '@shared/domain/model'
import type { SuggestionDb } from '../db'
import { newId } from '../ids'

export async function listOperators(db: SuggestionDb): Promise<Operator[]> {
  const all = await db.operators.toArray()
  return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

/**
 * Creates a profile. Error codes: `operator-name-required`, `operator-name-taken`.
 * When no profile exists yet the new one is an administrator whatever role was asked.
 */
export async function createOperator(
  db: SuggestionDb,
  input: { name: string; role: OperatorRole },
  now: string,
): Promise<Result<Operator>> {
  const name = input.name.trim()
  if (!name) return err({ code: 'operator-name-required' })
  return db.transaction('rw', db.operators, async () => {
    const all = await db.operators.toArray()
    if (all.some((o) => o.name === name)) return err({ code: 'operator-name-taken', params: { name } })
    const operator: Operator = {
      id: newId(),
      name,
      role: all.length === 0 ? 'administrator' : input.role,
      createdAt: now,
      active: true,
    }
    await db.operators.add(operator)
    return ok(operator)
  })
}

export async function setOperatorActive(db: SuggestionDb, id: string, active: boolean): Promise<void> {
  await db.operators.update(id, { active })
}

/** Settings and restores are reserved to administrators. */
export const canAdminister = (operator: Pick<Operator, 'role'> | null | undefined): boolean =>
  operator?.role === 'administrator'

/** Read-only profiles may look but not change anything. */
export const canEdit = (operator: Pick<Operator, 'role'> | null | undefined): boolean =>
  operator?.role === 'administrator' || operator?.role === 'staff'
