/**
 * The rows of a list export: for the suggestions the list shows (in its order), the standard column values from
 * the stored records — session, deputies, stage, units with their roles, assignment and reply dates, result
 * class. Read in one read transaction so the file is a consistent snapshot.
 */
import type { Assignment, Id, Reply, Suggestion } from '@shared/domain/model'
import { currentReplyDue } from '@shared/domain/overdue'
import type { SuggestionDb } from '../../store/db'
import { suggestionListRow, type SuggestionListRow } from '../../workbook/export/suggestionList'
import type { ExportMessages } from '../../workbook/export/exportText'

const ENDED: readonly Assignment['state'][] = ['returned', 'transferred']

export async function loadListRows(
  db: SuggestionDb,
  ids: readonly Id[],
  texts: { messages: ExportMessages; stage: (stage: Suggestion['stage']) => string },
): Promise<SuggestionListRow[]> {
  const { suggestions, sessions, units, assignments, replies } = await db.transaction(
    'r',
    [db.suggestions, db.sessions, db.units, db.assignments, db.replies],
    async () => ({
      suggestions: await db.suggestions.bulkGet([...ids]),
      sessions: await db.sessions.toArray(),
      units: await db.units.toArray(),
      assignments: await db.assignments
        .where('suggestionId')
        .anyOf([...ids])
        .toArray(),
      replies: await db.replies
        .where('suggestionId')
        .anyOf([...ids])
        .toArray(),
    }),
  )
  const sessionById = new Map(sessions.map((s) => [s.id, s]))
  const unitName = new Map(units.map((u) => [u.id, u.name]))
  const bySuggestion = new Map<Id, Assignment[]>()
  for (const a of assignments) bySuggestion.set(a.suggestionId, [...(bySuggestion.get(a.suggestionId) ?? []), a])
  const repliesBy = new Map<Id, Reply[]>()
  for (const r of replies) repliesBy.set(r.suggestionId, [...(repliesBy.get(r.suggestionId) ?? []), r])
  const sep = texts.messages.listSeparator

  return suggestions
    .filter((s): s is Suggestion => s !== undefined)
    .map((s) => {
      const live = (bySuggestion.get(s.id) ?? []).filter((a) => !ENDED.includes(a.state) && a.round === s.round)
      const lead = live.filter((a) => a.role !== 'co')
      const unitsText = live.map((a) => `${unitName.get(a.unitId) ?? ''}（${texts.messages.roles[a.role]}）`).join(sep)
      const replyDue = lead
        .map((a) => currentReplyDue(a)?.date)
        .filter((d): d is string => !!d)
        .sort()[0]
      const sent = (repliesBy.get(s.id) ?? []).filter((r) => r.state === 'sent' && r.round === s.round)
      return {
        ...suggestionListRow(s, { session: sessionById.get(s.sessionId) ?? null, messages: texts.messages }),
        stage: texts.stage(s.stage),
        units: unitsText || null,
        leadUnit: lead.map((a) => unitName.get(a.unitId) ?? '').join(sep) || null,
        assignedOn: live.map((a) => a.assignedOn).sort()[0] ?? null,
        replyDue: replyDue ?? null,
        repliedOn:
          sent
            .map((r) => r.sentOn)
            .filter((d): d is string => !!d)
            .sort()[0] ?? null,
        resultClass: [...new Set(sent.map((r) => r.resultClass))].join(sep) || null,
      }
    })
}
