/**
 * The reminder notices (催办通知) for the items chosen on the home page: one document per handling unit, built
 * from `remindersByUnit` and rendered with `renderReminderNotice`, plus what to log on each assignment afterwards.
 *
 * Printed documents are official Chinese documents, so the notice keeps its default Chinese labels whatever the
 * UI language is; only the job title and file name follow the caller's words.
 */
import type { UnitReminder, ReminderEntry } from '@shared/domain/dueItems'
import type { DueKind, Id, IsoDate, Unit } from '@shared/domain/model'
import { renderReminderNotice, type ReminderItem } from '@shared/letters'

/** Used when the settings name no organisation. */
export const DEFAULT_ISSUER = '人大常委会代表工作委员会'

export interface ReminderTarget {
  suggestionId: Id
  assignmentId: Id
  /** The kinds and dates the reminder was about, for the event's note. */
  dues: Array<{ kind: DueKind; date: IsoDate }>
}

export interface ReminderJob {
  unitId: Id
  unitName: string
  html: string
  /** One per assignment (an assignment late on two dates gets one reminder event). */
  targets: ReminderTarget[]
}

function toNoticeItem(entry: ReminderEntry): ReminderItem {
  const base = {
    number: entry.numberText,
    title: entry.title,
    leadDeputy: entry.leadDeputy,
    role: entry.role ?? 'lead',
    dueKind: entry.kind,
    dueOn: entry.date,
  }
  return entry.status === 'overdue'
    ? { ...base, status: 'overdue', daysOverdue: entry.daysOverdue }
    : { ...base, status: 'due-soon', workingDaysLeft: entry.workingDaysLeft }
}

export function buildReminderJobs(
  reminders: readonly UnitReminder[],
  options: { units: ReadonlyMap<Id, Unit>; today: IsoDate; issuer: string; unknownUnit: string },
): ReminderJob[] {
  const order = (id: Id) => options.units.get(id)?.order ?? Number.MAX_SAFE_INTEGER
  // Official unit order (机构排序), as the office files them.
  const sorted = [...reminders].sort((a, b) => order(a.unitId) - order(b.unitId))
  return sorted.map((r) => {
    const unitName = options.units.get(r.unitId)?.name ?? options.unknownUnit
    const entries = [...r.overdue, ...r.dueSoon]
    const html = renderReminderNotice({
      unitName,
      asOf: options.today,
      items: entries.map(toNoticeItem),
      issuer: options.issuer.trim() || DEFAULT_ISSUER,
      date: options.today,
    })
    const byAssignment = new Map<Id, ReminderTarget>()
    for (const e of entries) {
      if (!e.assignmentId) continue
      let target = byAssignment.get(e.assignmentId)
      if (!target) {
        target = { suggestionId: e.suggestionId, assignmentId: e.assignmentId, dues: [] }
        byAssignment.set(e.assignmentId, target)
      }
      target.dues.push({ kind: e.kind, date: e.date })
    }
    return { unitId: r.unitId, unitName, html, targets: [...byAssignment.values()] }
  })
}
