/**
 * `printAssignmentNotices(unitIds)`: prints (or saves as PDF) the assignment notice of each chosen unit, one
 * document per unit and session, through the host bridge. Any screen may call it (the detail page's assignment
 * card, the board's batch menu …). Reads the records in one read transaction, then prints outside it.
 */
import type { HostError } from '@shared/bridge/hostBridge'
import type { Id, IsoDate, Result } from '@shared/domain/model'
import { err, ok } from '@shared/domain/model'
import { getHost } from '../../host'
import { i18n } from '../../i18n'
import { getDb, type SuggestionDb } from '../../store/db'
import { loadSettings } from '../../store/repositories/settings'
import { todayIso } from '../common/clock'
import { buildAssignmentNoticeJobs, NOTICE_STATES, type AssignmentNoticeJob } from './assignmentNoticeJobs'

export interface PrintAssignmentNoticesOptions {
  /** 'print' opens the print dialog; 'pdf' saves each notice as a PDF file. Default 'print'. */
  mode?: 'print' | 'pdf'
  /** Only these suggestions (e.g. the batch just assigned); all open parts of the units when absent. */
  suggestionIds?: Id[]
  today?: IsoDate
  db?: SuggestionDb
}

export type PrintNoticesError = HostError | { code: 'nothing-to-print' }

/** Reads what the notices need and builds them (no printing). */
export async function loadAssignmentNoticeJobs(
  unitIds: Id[],
  options: Omit<PrintAssignmentNoticesOptions, 'mode'> = {},
): Promise<AssignmentNoticeJob[]> {
  const db = options.db ?? getDb()
  const today = options.today ?? todayIso()
  const { sources, issuer } = await db.transaction(
    'r',
    [db.assignments, db.suggestions, db.sessions, db.units, db.settings],
    async () => {
      const parts = await db.assignments.where('unitId').anyOf(unitIds).toArray()
      const open = parts.filter((a) => NOTICE_STATES.includes(a.state))
      const suggestionIds = [...new Set(open.map((a) => a.suggestionId))]
      // All parts of those suggestions, so a part that was replaced is recognised as such.
      const [all, suggestions, sessions, units, settings] = await Promise.all([
        db.assignments.where('suggestionId').anyOf(suggestionIds).toArray(),
        db.suggestions.bulkGet(suggestionIds),
        db.sessions.toArray(),
        db.units.toArray(),
        loadSettings(db),
      ])
      return {
        issuer: settings.organisationName,
        sources: {
          assignments: all,
          suggestions: new Map(suggestions.flatMap((s) => (s ? [[s.id, s] as const] : []))),
          sessions: new Map(sessions.map((s) => [s.id, s])),
          units: new Map(units.map((u) => [u.id, u])),
        },
      }
    },
  )
  return buildAssignmentNoticeJobs(unitIds, sources, {
    today,
    issuer,
    ...(options.suggestionIds ? { suggestionIds: new Set(options.suggestionIds) } : {}),
  })
}

/**
 * Prints the notices; resolves the number of documents produced, or the host's error (`cancelled` when the user
 * closed a save dialog) or `nothing-to-print` when the units have no open parts.
 */
export async function printAssignmentNotices(
  unitIds: Id[],
  options: PrintAssignmentNoticesOptions = {},
): Promise<Result<number, PrintNoticesError>> {
  const jobs = await loadAssignmentNoticeJobs(unitIds, options)
  if (jobs.length === 0) return err({ code: 'nothing-to-print' })
  const today = options.today ?? todayIso()
  const host = getHost()
  let printed = 0
  for (const job of jobs) {
    const unit =
      jobs.filter((j) => j.unitId === job.unitId).length > 1 ? `${job.unitName}·${job.sessionName}` : job.unitName
    const title = i18n.t('handling:notice.jobTitle', { unit })
    const result =
      options.mode === 'pdf'
        ? await host.saveHtmlAsPdf({
            html: job.html,
            title,
            suggestedName: i18n.t('handling:notice.fileName', { unit, date: today }),
          })
        : await host.printHtml({ html: job.html, title })
    if (!result.ok) return err(result.error)
    printed++
  }
  return ok(printed)
}
