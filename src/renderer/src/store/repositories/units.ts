/**
 * Handling units (承办单位): the list in official order, their short names and aliases (how imported lists
 * spell them), and 机构改革 — renames and merges that keep the history and the old names as aliases so old
 * workbooks still match.
 */
import type { Actor, Result, Unit, UnitContacts, UnitHistoryEntry, UnitType } from '@shared/domain/model'
import { err, ok } from '@shared/domain/model'
import type { SuggestionDb } from '../db'
import { newId } from '../ids'

export interface NewUnit {
  name: string
  shortNames?: string[]
  aliases?: string[]
  type: UnitType
  contacts?: Partial<UnitContacts>
}

const emptyContacts: UnitContacts = { leader: null, department: null, contact: null, phone: null }

const uniqueNames = (names: string[], except: string[] = []): string[] => [
  ...new Set(names.map((n) => n.trim()).filter((n) => n !== '' && !except.includes(n))),
]

/** Units in official order; retired (merged) units only when asked. */
export async function listUnits(db: SuggestionDb, options: { includeInactive?: boolean } = {}): Promise<Unit[]> {
  const all = await db.units.orderBy('order').toArray()
  return options.includeInactive ? all : all.filter((u) => u.active)
}

/** Finds a unit by its name, a short name or an alias, following merges to the unit now doing the work. */
export async function findUnitByName(db: SuggestionDb, name: string): Promise<Unit | undefined> {
  const wanted = name.trim()
  let unit =
    (await db.units.where('name').equals(wanted).first()) ??
    (await db.units.where('shortNames').equals(wanted).first()) ??
    (await db.units.where('aliases').equals(wanted).first())
  const seen = new Set<string>()
  while (unit && !unit.active && unit.successorId && !seen.has(unit.id)) {
    seen.add(unit.id)
    unit = await db.units.get(unit.successorId)
  }
  return unit
}

/** Error codes: `unit-name-required`, `unit-name-taken`. */
export async function addUnit(db: SuggestionDb, input: NewUnit, by: Actor, now: string): Promise<Result<Unit>> {
  const name = input.name.trim()
  if (!name) return err({ code: 'unit-name-required' })
  return db.transaction('rw', db.units, async () => {
    if (await nameTaken(db, name, null)) return err({ code: 'unit-name-taken', params: { name } })
    const last = await db.units.orderBy('order').last()
    const unit: Unit = {
      id: newId(),
      name,
      shortNames: uniqueNames(input.shortNames ?? [], [name]),
      aliases: uniqueNames(input.aliases ?? [], [name]),
      type: input.type,
      order: (last?.order ?? 0) + 1,
      active: true,
      successorId: null,
      contacts: { ...emptyContacts, ...input.contacts },
      history: [{ at: now, by, kind: 'created', detail: name }],
    }
    await db.units.add(unit)
    return ok(unit)
  })
}

/** Edits the type, short names or contacts (not the name: see `renameUnit`). */
export async function editUnit(
  db: SuggestionDb,
  id: string,
  changes: { type?: UnitType; shortNames?: string[]; contacts?: Partial<UnitContacts> },
  by: Actor,
  now: string,
): Promise<Result<Unit>> {
  return updateUnit(db, id, (unit) =>
    ok({
      ...unit,
      type: changes.type ?? unit.type,
      shortNames: changes.shortNames ? uniqueNames(changes.shortNames, [unit.name]) : unit.shortNames,
      contacts: { ...unit.contacts, ...changes.contacts },
      history: [...unit.history, entry(by, now, 'edited', '')],
    }),
  )
}

export async function setUnitAliases(db: SuggestionDb, id: string, aliases: string[]): Promise<Result<Unit>> {
  return updateUnit(db, id, (unit) => ok({ ...unit, aliases: uniqueNames(aliases, [unit.name]) }))
}

/** Puts the units in the given order (1, 2, 3 …); units not named keep their relative order after them. */
export async function reorderUnits(db: SuggestionDb, orderedIds: string[]): Promise<void> {
  await db.transaction('rw', db.units, async () => {
    const all = await db.units.orderBy('order').toArray()
    const rank = new Map(orderedIds.map((id, i) => [id, i]))
    const sorted = [...all].sort(
      (a, b) => (rank.get(a.id) ?? orderedIds.length) - (rank.get(b.id) ?? orderedIds.length) || a.order - b.order,
    )
    await db.units.bulkPut(sorted.map((u, i) => ({ ...u, order: i + 1 })))
  })
}

/** Renames a unit; the old name becomes an alias. Error codes: `unit-not-found`, `unit-name-taken`. */
export async function renameUnit(db: SuggestionDb, id: string, newName: string, by: Actor, now: string) {
  const name = newName.trim()
  if (!name) return err({ code: 'unit-name-required' })
  return db.transaction('rw', db.units, async () => {
    if (await nameTaken(db, name, id)) return err({ code: 'unit-name-taken', params: { name } })
    return updateUnit(db, id, (unit) =>
      ok({
        ...unit,
        name,
        aliases: uniqueNames([...unit.aliases, unit.name], [name]),
        history: [...unit.history, entry(by, now, 'renamed', unit.name)],
      }),
    )
  })
}

/**
 * Merges `fromId` into `intoId` (机构改革): the old unit is retired with `successorId`, its names become aliases
 * of the successor, both keep a history entry. Moving live assignments is a workflow command ('transferred').
 * Error codes: `unit-not-found`, `unit-merge-into-itself`, `unit-inactive`.
 */
export async function mergeUnit(
  db: SuggestionDb,
  fromId: string,
  intoId: string,
  by: Actor,
  now: string,
): Promise<Result<Unit>> {
  if (fromId === intoId) return err({ code: 'unit-merge-into-itself' })
  return db.transaction('rw', db.units, async () => {
    const [from, into] = await Promise.all([db.units.get(fromId), db.units.get(intoId)])
    if (!from) return err({ code: 'unit-not-found', params: { id: fromId } })
    if (!into) return err({ code: 'unit-not-found', params: { id: intoId } })
    if (!from.active || !into.active) return err({ code: 'unit-inactive' })
    const retired: Unit = {
      ...from,
      active: false,
      successorId: into.id,
      history: [...from.history, entry(by, now, 'merged-into', into.name)],
    }
    const successor: Unit = {
      ...into,
      aliases: uniqueNames([...into.aliases, from.name, ...from.shortNames, ...from.aliases], [into.name]),
      history: [...into.history, entry(by, now, 'absorbed', from.name)],
    }
    await db.units.bulkPut([retired, successor])
    return ok(successor)
  })
}

const entry = (by: Actor, at: string, kind: UnitHistoryEntry['kind'], detail: string): UnitHistoryEntry => ({
  at,
  by,
  kind,
  detail,
})

async function nameTaken(db: SuggestionDb, name: string, exceptId: string | null): Promise<boolean> {
  const same = await db.units.where('name').equals(name).toArray()
  return same.some((u) => u.id !== exceptId && u.active)
}

async function updateUnit(db: SuggestionDb, id: string, change: (unit: Unit) => Result<Unit>): Promise<Result<Unit>> {
  return db.transaction('rw', db.units, async () => {
    const unit = await db.units.get(id)
    if (!unit) return err({ code: 'unit-not-found', params: { id } })
    const result = change(unit)
    if (result.ok) await db.units.put(result.value)
    return result
  })
}
