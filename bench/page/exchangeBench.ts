/**
 * Issue 4's figures on the bench page: `window.benchExchange`, called by bench/suites/exchange.mjs.
 *
 * Import: a 10,000-row list as offices send them (merged title row, 填报单位/日期 line, two header rows, mixed
 * number and date forms, `王某等11名代表`, unit lists with 等, merged 代表团 cells, blank and totals rows) is
 * generated here with exceljs, then imported the way the wizard does it, headless: the preview in the app's
 * import worker (`startImportPreview`: zip checks, exceljs read, header, mapping, normalising, units against the
 * directory, comparison with what exists), the domain's checks (`validateImportRows`), the plan
 * (`planImportCommit`) and `commitImport` given those checks — which takes its before-bulk backup through the browser host
 * (`createBrowserHost`: the backup really is written to OPFS) and writes everything in one transaction. Each run
 * starts from a fresh database (`bench-import-10k`, reference data only: the 100k list data is not touched).
 * The bare cost of the same run: exceljs loading the same bytes, plus Dexie putting the records the import
 * created into an empty suggestions table in one `bulkPut`.
 *
 * Export: `exportSuggestionList` on 10,000 list rows against exceljs writing the same cell values bare.
 */
import ExcelJS from 'exceljs'
import type { HostBridge } from '@shared/bridge/hostBridge'
import type { Suggestion, SuggestionEvent } from '@shared/domain/model'
import { DEMO_DISTRICTS, DEMO_TOPICS, DEMO_UNITS, GIVEN_NAMES, SURNAMES, TITLE_FORMS } from '@shared/demo/catalogue'
import { createRandom } from '@shared/demo'
import { planImportCommit, type CommitPlan } from '@shared/import/commitPlan'
import type { ImportProgress, UnitDirectoryEntry } from '@shared/import/types'
import { withRefusals } from '@renderer/features/import/previewRefusals'
import { createBrowserHost } from '@renderer/host/browserHost'
import { exportBackup } from '@renderer/store/backup'
import { SuggestionDb, getDb } from '@renderer/store/db'
import { commitImport, existingForImport, validateImportRows, type ImportDefaults } from '@renderer/store/importCommit'
import { listUnits } from '@renderer/store/repositories/units'
import { loadWorkflowContext } from '@renderer/store/workflowContext'
import { exportMessages } from '@renderer/workbook/export/exportText'
import { exportSuggestionList, type ListColumn, type SuggestionListRow } from '@renderer/workbook/export/suggestionList'
import { toCellValue, type ColumnKind } from '@renderer/workbook/export/tableSheet'
import { resolveListColumn } from '@renderer/workbook/export/suggestionList'
import { startImportPreview } from '@renderer/workbook/read/importWorkerClient'
import { BENCH_NOW, BENCH_TODAY, seedReferenceData } from './seedData'

const IMPORT_DB = 'bench-import-10k'
const BARE_DB = 'bench-import-bare'
/** The 2025 meeting of the seeded reference data (seedData.ts: 十四届, year index 8 → 四次会议). */
const SESSION = '第十四届全国人大四次会议'
const SESSION_YEAR = 2025
const FILE_NAME = '第十四届全国人大四次会议代表建议汇总表.xlsx'

const now = () => performance.now()

/** One row of the generated list, as a person compiled it (before any normalising). */
interface SourceRow {
  number: string | number
  title: string
  lead: string
  coSigners: string
  delegation: string
  category: string
  leadUnit: string
  coUnits: string
  date: string | Date
  public: string
  content: string
  /** For the export rows: the values as the app would show them after the import. */
  view: { number: string; leadDeputy: string; coSigners: string[]; receivedOn: string; units: string[] }
}

interface Prepared {
  bytes: Uint8Array
  rows: SourceRow[]
  /** Data rows the generator planted as rejected (no title) and as duplicates of an earlier number. */
  planted: { rejected: number; duplicates: number }
}

let prepared: Prepared | null = null
/** The suggestions the first import run created: what the bare bulkPut writes. */
let createdRecords: Suggestion[] | null = null
/** The events the first import run wrote, and its plan: for `commitBreakdown`. */
let createdEvents: SuggestionEvent[] | null = null
let lastPlan: CommitPlan | null = null

const SEPARATORS = ['、', '、', '，', ',', '；', '\n']
const UNKNOWN_UNITS = ['市城管执法局', '市交通委', '市住房保障中心', '区政府']
const pad = (n: number, width: number) => String(n).padStart(width, '0')

function personName(random: ReturnType<typeof createRandom>): string {
  return random.pick([...SURNAMES]) + random.pick(GIVEN_NAMES)
}

/** 10,000 data rows (deterministic), some of them rejected or duplicated on purpose. */
function sourceRows(size: number): Prepared['rows'] {
  const random = createRandom(404)
  const rows: SourceRow[] = []
  for (let i = 0; i < size; i++) {
    const n = i + 1
    const topic = random.pick(DEMO_TOPICS)
    const district = random.pick(DEMO_DISTRICTS)
    const day = random.int(5, 11)
    const numberForm = random.weighted<() => string | number>([
      [() => `第${pad(n, 4)}号`, 3],
      [() => pad(n, 4), 3],
      [() => n, 3],
      [() => String(n), 2],
      [() => `${SESSION_YEAR}${pad(n, 4)}`, 1],
    ])
    const number = numberForm()
    let title = random.pick(TITLE_FORMS)(topic.subject, district)
    if (random.chance(0.05)) title = `\u3000${title.slice(0, 4)}\u3000${title.slice(4)} `
    const lead = personName(random)
    const withCount = random.chance(0.15)
    const extra = withCount ? random.int(2, 30) : 0
    const coNames = Array.from({ length: withCount ? 0 : random.int(0, 4) }, () => personName(random))
    const separator = random.pick(SEPARATORS)
    const unitText = (shortName: string) => {
      const unit = DEMO_UNITS.find((u) => u.shortName === shortName)
      return unit && random.chance(0.3) ? unit.name : shortName
    }
    const leadUnit = random.chance(0.03) ? random.pick(UNKNOWN_UNITS) : unitText(topic.lead)
    const coList = topic.co ? [unitText(topic.co)] : []
    const andOthers = coList.length > 0 && random.chance(0.1)
    const dateForm = random.int(0, 5)
    const date =
      dateForm <= 1
        ? new Date(Date.UTC(SESSION_YEAR, 2, day))
        : [
            `${SESSION_YEAR}年3月${day}日`,
            `${SESSION_YEAR}.3.${day}`,
            `${SESSION_YEAR}/3/${day}`,
            `${SESSION_YEAR}-03-${pad(day, 2)}`,
          ][dateForm - 2]!
    const subject = topic.subject.replace(/^加快|^加强|^推进/, '')
    const content =
      `${district}群众反映，${subject}方面仍存在短板，相关工作推进不平衡。` +
      `建议有关部门加强统筹，明确责任分工和时间表，${topic.subject}，切实回应群众关切。\n` +
      `一是加大投入力度；二是完善配套政策；三是建立长效机制，定期向代表通报进展。`
    rows.push({
      number,
      title,
      lead: withCount ? `${lead}等${extra + 1}名代表` : random.chance(0.05) ? `\u3000${lead}\u3000` : lead,
      coSigners: coNames.join(separator),
      delegation: `${district}代表团`,
      category: topic.category,
      leadUnit,
      coUnits: coList.join('、') + (andOthers ? '等' : ''),
      date,
      public: random.pick(['是', '是', '是', '否', '']),
      content,
      view: {
        number: typeof number === 'number' ? String(number) : number,
        leadDeputy: lead,
        coSigners: coNames,
        receivedOn: `${SESSION_YEAR}-03-${pad(day, 2)}`,
        units: [`${leadUnit}（主办）`, ...coList.map((u) => `${u}（协办）`)],
      },
    })
  }
  return rows
}

/** Row index (0-based, data rows) → 1-based sheet row: 4 rows above the data, a blank row after every 2000. */
const HEADER_ROWS = 4

async function buildWorkbook(rows: SourceRow[]): Promise<Prepared> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('建议汇总')
  sheet.getCell('A1').value = `${SESSION}代表建议汇总表`
  sheet.mergeCells('A1:K1')
  sheet.getCell('A2').value = '填报单位：市人大常委会代表工作委员会'
  sheet.getCell('I2').value = '日期：2025年3月12日'
  const group = ['建议号', '标题', '领衔代表', '附议代表', '代表团', '类别', '承办单位', null, '提交日期', '是否公开']
  group.forEach((label, i) => {
    if (label) sheet.getCell(3, i + 1).value = label
  })
  sheet.getCell(3, 11).value = '建议内容'
  for (const col of ['A', 'B', 'C', 'D', 'E', 'F', 'I', 'J', 'K']) sheet.mergeCells(`${col}3:${col}4`)
  sheet.mergeCells('G3:H3')
  sheet.getCell('G4').value = '主办'
  sheet.getCell('H4').value = '协办'

  let rejected = 0
  let duplicates = 0
  let r = HEADER_ROWS + 1
  let mergeUntil = 0
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % 2000 === 0) r += 1 // a blank row, as lists pasted together have
    const row = rows[i]!
    const values: (string | number | Date | null)[] = [
      row.number,
      row.title,
      row.lead,
      row.coSigners || null,
      row.delegation,
      row.category,
      row.leadUnit,
      row.coUnits || null,
      row.date,
      row.public || null,
      row.content,
    ]
    if (i % 1000 === 500) {
      values[1] = null // no title: rejected
      rejected += 1
    } else if (i % 1000 === 700) {
      values[0] = rows[i - 1]!.view.number // the previous row's number again: a duplicate inside the file
      duplicates += 1
    }
    // 代表团 written once for a run of three rows and merged down, as compilers do.
    if (i % 40 === 0 && i + 2 < rows.length && r > mergeUntil) {
      sheet.mergeCells(r, 5, r + 2, 5)
      mergeUntil = r + 2
      rows[i + 1]!.delegation = row.delegation
      rows[i + 2]!.delegation = row.delegation
    } else if (r <= mergeUntil) values[4] = null
    const target = sheet.getRow(r)
    values.forEach((v, c) => {
      if (v !== null) target.getCell(c + 1).value = v
    })
    r += 1
  }
  sheet.getCell(r, 1).value = '合计'
  sheet.getCell(r, 2).value = `共${rows.length}件`
  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
  return { bytes, rows, planted: { rejected, duplicates } }
}

async function prepare(options: { rows: number }): Promise<{ ms: number; bytes: number; rows: number }> {
  const t = now()
  prepared = await buildWorkbook(sourceRows(options.rows))
  createdRecords = null
  return { ms: now() - t, bytes: prepared.bytes.byteLength, rows: prepared.rows.length }
}

function requirePrepared(): Prepared {
  if (!prepared) throw new Error('call benchExchange.prepare() first')
  return prepared
}

/** The host's backup calls, timed: from `appInfo` (the first thing a backup asks) to the file written. */
function timedHost(base: HostBridge) {
  const span = { start: 0, writeStart: 0, end: 0, bytes: 0 }
  const host: Pick<HostBridge, 'writeBackup' | 'appInfo'> = {
    appInfo: () => {
      span.start = now()
      return base.appInfo()
    },
    writeBackup: async (request) => {
      span.writeStart = now()
      const result = await base.writeBackup(request)
      span.end = now()
      span.bytes = request.bytes.byteLength
      return result
    },
  }
  return { host, span }
}

export interface ImportRun {
  ms: number
  parts: {
    /** existingForImport + the unit directory (what the wizard reads before its final preview). */
    existingMs: number
    /** Worker: zip checks and exceljs read of the file, until the first normalising progress arrives. */
    readMs: number
    /** Worker: header, mapping, normalising, comparison; and the preview's trip back to the page. */
    normaliseMs: number
    /** Workflow context, `validateImportRows`, refusals folded in, `planImportCommit`. */
    validateMs: number
    /** Before-bulk backup: exporting the database to JSON, then the host writing it (OPFS). */
    backupMs: number
    backupWriteMs: number
    /** The one read-write transaction writing suggestions and events. */
    commitMs: number
  }
  backupBytes: number
  summary: { total: number; new: number; rejected: number; duplicate: number; warnings: number; skipped: number }
  created: number
  stored: number
}

/** One import of the generated workbook, end to end, into a fresh database. */
async function importRun(): Promise<ImportRun> {
  const { bytes } = requirePrepared()
  const db = new SuggestionDb(IMPORT_DB)
  await db.delete()
  await db.open()
  const refs = await seedReferenceData(db)
  const { host, span } = timedHost(createBrowserHost())
  const defaults: ImportDefaults = { receivedOn: BENCH_TODAY, notPublicReason: '涉及个人信息', fileName: FILE_NAME }

  const t0 = now()
  const [existing, units] = await Promise.all([existingForImport(db), listUnits(db)])
  const directory: UnitDirectoryEntry[] = units.map((u) => ({
    id: u.id,
    name: u.name,
    shortNames: u.shortNames,
    aliases: u.aliases,
  }))
  const t1 = now()
  let readDone: number | null = null
  const onProgress = (p: ImportProgress) => {
    if (p.phase === 'normalising' && readDone === null) readDone = now()
  }
  const job = startImportPreview(
    bytes,
    { session: SESSION, sessionYear: SESSION_YEAR, existing, directory },
    onProgress,
  )
  const result = await job.result
  const t2 = now()
  if (!result.ok) throw new Error(`import preview failed: ${result.error.code}`)
  const ctx = await loadWorkflowContext(db, { actor: refs.operator, now: BENCH_NOW, today: BENCH_TODAY })
  const writable = result.value.rows.filter((r) => r.status === 'new' && r.record).map((r) => r.record!)
  const validated = validateImportRows(writable, await db.sessions.toArray(), ctx, {
    ...defaults,
    sheet: result.value.sheet,
  })
  const preview = withRefusals(result.value, validated.refusals)
  const plan = planImportCommit(preview, { existing: 'skip' })
  const t3 = now()
  const outcome = await commitImport(db, host, plan, ctx, { ...defaults, sheet: result.value.sheet }, validated)
  const t4 = now()
  if (!outcome.ok) throw new Error(`commitImport: ${outcome.error.code} ${JSON.stringify(outcome.error.params)}`)

  const stored = await db.suggestions.count()
  if (!createdRecords) {
    createdRecords = await db.suggestions.toArray()
    createdEvents = await db.events.toArray()
    lastPlan = plan
  }
  db.close()
  const readEnd = readDone ?? t2
  const s = preview.summary
  return {
    ms: t4 - t0,
    parts: {
      existingMs: t1 - t0,
      readMs: readEnd - t1,
      normaliseMs: t2 - readEnd,
      validateMs: t3 - t2,
      backupMs: span.end - span.start,
      backupWriteMs: span.end - span.writeStart,
      commitMs: t4 - t3 - (span.end - span.start),
    },
    backupBytes: span.bytes,
    summary: {
      total: s.total,
      new: s.new,
      rejected: s.rejected,
      duplicate: s.duplicate,
      warnings: s.warnings,
      skipped: preview.skipped.length,
    },
    created: outcome.value.created,
    stored,
  }
}

/** The bare cost of the same import: exceljs loading the bytes, Dexie putting the created records in one bulkPut. */
async function bareImport(): Promise<{ ms: number; readMs: number; putMs: number; records: number }> {
  const { bytes } = requirePrepared()
  if (!createdRecords) throw new Error('run benchExchange.importRun() first')
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  let t = now()
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer)
  const readMs = now() - t
  if (workbook.worksheets[0]!.rowCount < createdRecords.length) throw new Error('bare read lost rows')
  const db = new SuggestionDb(BARE_DB)
  await db.delete()
  await db.open()
  t = now()
  await db.suggestions.bulkPut(createdRecords)
  const putMs = now() - t
  const records = await db.suggestions.count()
  await db.delete()
  return { ms: readMs + putMs, readMs, putMs, records }
}

export interface CommitBreakdown {
  rows: number
  events: number
  /** `validateImportRows` over the plan: the domain's `register` per row, in memory (the commit reuses it). */
  registerMs: number
  /** Inside one read-write transaction over suggestions and events, as `commitImport` does: */
  numberCheckMs: number
  suggestionsBulkAddMs: number
  eventsBulkAddMs: number
  /** The whole transaction, from opening to completion (durability: strict). */
  transactionMs: number
}

/**
 * Diagnostic for the commit figure: the same records the first import run wrote (its suggestions and events),
 * written the way `commitImport` writes them — number check, bulkAdd of suggestions, bulkAdd of events, in one
 * transaction — into an empty database, each step timed; and the domain's per-row work timed alone.
 */
async function commitBreakdown(): Promise<CommitBreakdown> {
  if (!createdRecords || !createdEvents || !lastPlan) throw new Error('run benchExchange.importRun() first')
  const suggestions = createdRecords
  const events = createdEvents
  const db = new SuggestionDb(BARE_DB)
  await db.delete()
  await db.open()
  const refs = await seedReferenceData(db)
  const ctx = await loadWorkflowContext(db, { actor: refs.operator, now: BENCH_NOW, today: BENCH_TODAY })
  const sessions = await db.sessions.toArray()
  const defaults: ImportDefaults = { receivedOn: BENCH_TODAY, notPublicReason: '涉及个人信息', fileName: FILE_NAME }
  let t = now()
  const refused = validateImportRows(lastPlan.create, sessions, ctx, defaults).refusals
  const registerMs = now() - t
  if (refused.length > 0) throw new Error(`${refused.length} rows refused in the breakdown`)
  // The first run's records carry its database's session id; this database has its own (all rows: one session).
  const session = sessions.find((x) => x.name === SESSION)!.id
  const rows = suggestions.map((x) => ({ ...x, sessionId: session }))
  const parts = { numberCheckMs: 0, suggestionsBulkAddMs: 0, eventsBulkAddMs: 0 }
  t = now()
  await db.transaction('rw', [db.suggestions, db.events], async () => {
    let s = now()
    const taken = await db.suggestions
      .where('[sessionId+number]')
      .anyOf(rows.map((x) => [x.sessionId, x.number]))
      .toArray()
    parts.numberCheckMs = now() - s
    if (taken.length > 0) throw new Error('numbers taken in an empty database')
    s = now()
    await db.suggestions.bulkAdd(rows)
    parts.suggestionsBulkAddMs = now() - s
    s = now()
    await db.events.bulkAdd(events)
    parts.eventsBulkAddMs = now() - s
  })
  const transactionMs = now() - t
  await db.delete()
  return { rows: rows.length, events: events.length, registerMs, ...parts, transactionMs }
}

/** Leaves no bench database behind (the import database holds the last run's rows until then). */
async function cleanup(): Promise<void> {
  await new SuggestionDb(IMPORT_DB).delete()
  await new SuggestionDb(BARE_DB).delete()
  createdRecords = null
  createdEvents = null
  lastPlan = null
}

/**
 * Diagnostic: what a before-bulk backup of the bench's main database (the 100k list data, when seeded) costs to
 * serialise — the part of an import's cost that grows with the database, not with the file.
 */
async function backupOfMainDb(): Promise<{ suggestions: number; ms: number; bytes: number } | null> {
  const db = getDb()
  const suggestions = await db.suggestions.count()
  if (suggestions === 0) return null
  const t = now()
  const bytes = await exportBackup(db, { exportedAt: BENCH_NOW, appVersion: 'bench' })
  return { suggestions, ms: now() - t, bytes: bytes.byteLength }
}

const EXPORT_COLUMNS: ListColumn[] = [
  'session',
  'number',
  'title',
  'leadDeputy',
  'coSigners',
  'delegation',
  'category',
  'receivedOn',
  'stage',
  'units',
  'replyDue',
  'key',
  'leadUnit',
  'assignedOn',
]

/** The list rows an export of the imported suggestions shows (the keys of `loadListRows`). */
function listRows(rows: readonly SourceRow[]): SuggestionListRow[] {
  return rows.map((row, i) => ({
    session: SESSION,
    number: row.view.number,
    title: row.title.trim(),
    leadDeputy: row.view.leadDeputy,
    coSigners: row.view.coSigners,
    delegation: row.delegation,
    category: row.category,
    receivedOn: row.view.receivedOn,
    stage: i % 3 === 0 ? '办理中' : i % 3 === 1 ? '已交办' : '已答复',
    units: row.view.units.join('、'),
    replyDue: `${SESSION_YEAR}-06-${pad(5 + (i % 20), 2)}`,
    key: i % 17 === 0,
    leadUnit: row.leadUnit,
    assignedOn: `${SESSION_YEAR}-03-${pad(20 + (i % 8), 2)}`,
  }))
}

export interface ExportTimings {
  app: number[]
  bare: number[]
  rows: number
  appBytes: number
  bareBytes: number
}

/**
 * `exportSuggestionList` on 10,000 rows against exceljs writing the same cell values (header row plus data,
 * no layout) with `writeBuffer`. The bare values are converted once, untimed. Alternating, after `warmup`
 * rounds; the first round's file is read back to check its rows.
 */
async function exportCompare(options: { reps: number; warmup: number }): Promise<ExportTimings> {
  const rows = listRows(requirePrepared().rows)
  const messages = exportMessages('zh-CN')
  const columns = EXPORT_COLUMNS.map((c) => resolveListColumn(c, messages))
  const kinds: ColumnKind[] = columns.map((c) => c.kind)
  const bareValues = rows.map((row) => columns.map((c, i) => toCellValue(row[c.key], kinds[i]!, messages)))
  const header = columns.map((c) => c.header)
  const out: ExportTimings = { app: [], bare: [], rows: rows.length, appBytes: 0, bareBytes: 0 }
  for (let r = -options.warmup; r < options.reps; r++) {
    let t = now()
    const exported = await exportSuggestionList(rows, {
      columns: EXPORT_COLUMNS,
      language: 'zh-CN',
      filtersDescription: `届次：${SESSION}`,
      exportedOn: BENCH_TODAY,
    })
    const appMs = now() - t
    t = now()
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('建议清单')
    sheet.addRow(header)
    sheet.addRows(bareValues)
    const bare = (await workbook.xlsx.writeBuffer()) as ArrayBuffer
    const bareMs = now() - t
    if (r === -options.warmup) await checkExport(exported.bytes, rows.length)
    if (r < 0) continue
    out.app.push(appMs)
    out.bare.push(bareMs)
    out.appBytes = exported.bytes.byteLength
    out.bareBytes = bare.byteLength
  }
  return out
}

/** The exported file opens with exceljs and holds every row below its title, subtitle and header. */
async function checkExport(bytes: Uint8Array, rows: number): Promise<void> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  const sheet = workbook.worksheets[0]!
  if (sheet.rowCount !== rows + 3) throw new Error(`export has ${sheet.rowCount} rows, expected ${rows + 3}`)
}

const api = { prepare, importRun, bareImport, commitBreakdown, cleanup, backupOfMainDb, exportCompare }
export type ExchangeBenchApi = typeof api

declare global {
  interface Window {
    benchExchange: ExchangeBenchApi
  }
}

window.benchExchange = api
