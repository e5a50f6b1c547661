/**
 * The bench page: `window.bench`, async functions Playwright calls with `page.evaluate`. Each returns raw
 * samples timed with performance.now() inside the page; scripts/bench.mjs takes medians and prints the table.
 *
 * It works on the app's production database (`getDb()`), so the real app, served from the same origin
 * (out/bench), opens exactly what was seeded here.
 */
import type { Id, SuggestionStage } from '@shared/domain/model'
import { getDb } from '@renderer/store/db'
import { getSuggestionListIndex, type ListIndexLoadStats } from '@renderer/store/listIndex'
import { entryMatcher, type SuggestionListFilters } from '@renderer/store/listEntries'
import { getSuggestionDetail } from '@renderer/store/repositories/suggestions'
import { SuggestionDb } from '@renderer/store/db'
import { OPERATOR_STORAGE_KEY } from '@renderer/features/operators/operatorContext'
import { buildSearchText, queryTerms } from '@shared/domain/search'
import {
  plainDetail,
  plainFilter,
  plainFirstPage,
  plainRows,
  plainSearch,
  type PlainData,
  type PlainFilter,
} from './baselines'
import { BENCH_TODAY, buildSeedRecords, seedReferenceData } from './seedData'
import { writeSeed, type WriteBreakdown, type WriteMode } from './seedWrite'
// Issue 5's board and calendar measurements (window.benchBoard), used by bench/suites/board.mjs and calendar.mjs.
import './boardBench'
// Issue 4's Excel import and export measurements (window.benchExchange), used by bench/suites/exchange.mjs.
import './exchangeBench'

export interface SeedReport {
  size: number
  referenceMs: number
  generateMs: number
  writeMs: number
  breakdown: WriteBreakdown
  counts: { suggestions: number; assignments: number; events: number; sessions: number; units: number }
  /** Milliseconds per suggestion of each write path, timed on a sample in a throw-away database. */
  samples: { mode: WriteMode; size: number; ms: number; perSuggestionMs: number }[]
}

export interface Timings {
  store: number[]
  baseline: number[]
  /** Rows each case returned (store), to show the cases are not trivial. */
  hits: Record<string, number>
}

export interface SeedOptions {
  size: number
  samples: Partial<Record<WriteMode, number>>
}

let plain: PlainData | null = null

/** Bump when seedData/seedWrite change what is written, so a kept profile is seeded again. */
const SEED_VERSION = 1
const SEED_META_KEY = 'benchSeed'

const now = () => performance.now()

async function seed(options: SeedOptions): Promise<SeedReport> {
  const samples: SeedReport['samples'] = []
  for (const [mode, size] of Object.entries(options.samples) as [WriteMode, number][]) {
    if (!size) continue
    const scratch = new SuggestionDb(`bench-scratch-${mode}`)
    await scratch.delete()
    await scratch.open()
    const refs = await seedReferenceData(scratch)
    const records = buildSeedRecords(size, refs)
    const ms = await writeSeed(scratch, records, refs, mode)
    samples.push({ mode, size, ms, perSuggestionMs: ms / size })
    await scratch.delete()
  }

  const db = getDb()
  await db.delete()
  await db.open()
  plain = null
  let t = now()
  const refs = await seedReferenceData(db)
  const referenceMs = now() - t
  t = now()
  const records = buildSeedRecords(options.size, refs)
  const generateMs = now() - t
  const breakdown: WriteBreakdown = { suggestions: 0, assignmentsAndEvents: 0, commit: 0 }
  const writeMs = await writeSeed(db, records, refs, 'bulk', 5000, breakdown)
  const [suggestions, assignments, events, sessions, units] = await Promise.all([
    db.suggestions.count(),
    db.assignments.count(),
    db.events.count(),
    db.sessions.count(),
    db.units.count(),
  ])
  await db.meta.put({ key: SEED_META_KEY, value: { size: options.size, version: SEED_VERSION } })
  return {
    size: options.size,
    referenceMs,
    generateMs,
    writeMs,
    breakdown,
    counts: { suggestions, assignments, events, sessions, units },
    samples,
  }
}

/**
 * Whether the database (kept in the bench's Chromium profile between runs) already holds the seed of this size
 * and seed version, complete: then the driver skips seeding.
 */
async function seededWith(size: number): Promise<{ reusable: boolean; suggestions: number; version: number | null }> {
  const db = getDb()
  const [marker, suggestions, operators] = await Promise.all([
    db.meta.get(SEED_META_KEY),
    db.suggestions.count(),
    db.operators.count(),
  ])
  const value = marker?.value as { size?: number; version?: number } | undefined
  const version = value?.version ?? null
  const reusable = value?.size === size && version === SEED_VERSION && suggestions === size && operators > 0
  return { reusable, suggestions, version }
}

async function counts(): Promise<{ suggestions: number; operators: number }> {
  const db = getDb()
  return { suggestions: await db.suggestions.count(), operators: await db.operators.count() }
}

/**
 * What the app's OperatorGate reads to skip its chooser: the sessionStorage key (the gate's own constant) and
 * the id of the seeded operator. sessionStorage is per tab, so the driver sets it in each fresh app page.
 */
async function operatorSession(): Promise<{ key: string; id: string | null }> {
  const operators = await getDb().operators.toArray()
  return { key: OPERATOR_STORAGE_KEY, id: operators.find((o) => o.active)?.id ?? null }
}

/** performance.memory (Chromium; exact with --enable-precise-memory-info), after a full GC when exposed. */
function usedHeap(): number | null {
  const gc = (window as { gc?: () => void }).gc
  gc?.()
  const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory
  return memory ? memory.usedJSHeapSize : null
}

/**
 * Loads the list index (what the list screen does once per app start); resolves to its time, where the time
 * went (the index's own figures: each record is read once) and the JS heap the loaded index added.
 */
async function loadIndex(): Promise<{
  ms: number
  size: number
  heapMb: number | null
  stats: ListIndexLoadStats | null
}> {
  const index = getSuggestionListIndex(getDb())
  const before = usedHeap()
  const t = now()
  await index.ensureLoaded()
  const ms = now() - t
  const after = usedHeap()
  const heapMb = before === null || after === null ? null : (after - before) / 2 ** 20
  return { ms, size: index.size, heapMb, stats: index.loadStats }
}

/**
 * The machine's raw IndexedDB speed, for reading the other figures: 20,000 puts of a ~400-byte record with
 * one index in one transaction, then one getAll — no Dexie, no app code.
 */
async function calibrate(): Promise<{ putMsPerRecord: number; getAllMsPerRecord: number }> {
  const name = 'bench-calibration'
  await deleteDatabase(name)
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1)
    open.onupgradeneeded = () => open.result.createObjectStore('s', { keyPath: 'id' }).createIndex('a', 'a')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
  const n = 20_000
  const rows = Array.from({ length: n }, (_, i) => ({
    id: `k${String(i).padStart(8, '0')}`,
    a: i % 100,
    title: '关于加快老旧小区改造的建议'.repeat(3),
    content: '群众反映'.repeat(60),
  }))
  let t = now()
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction('s', 'readwrite')
    const store = tx.objectStore('s')
    for (const r of rows) store.put(r)
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
  })
  const putMs = now() - t
  t = now()
  await new Promise<void>((resolve, reject) => {
    const q = idb.transaction('s').objectStore('s').getAll()
    q.onsuccess = () => resolve()
    q.onerror = () => reject(q.error)
  })
  const getAllMs = now() - t
  idb.close()
  await deleteDatabase(name)
  return { putMsPerRecord: putMs / n, getAllMsPerRecord: getAllMs / n }
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const q = indexedDB.deleteDatabase(name)
    q.onsuccess = () => resolve()
    q.onerror = () => reject(q.error)
  })
}

/** Builds the plain baselines from the loaded index and the tables (not timed). */
async function prepareBaselines(): Promise<{ texts: number }> {
  const db = getDb()
  const index = getSuggestionListIndex(db)
  await index.ensureLoaded()
  const sessions = await db.sessions.orderBy('order').reverse().toArray()
  const rank = new Map(sessions.map((s, i) => [s.id, i]))
  // Plain rows in storage (id) order, not pre-sorted: the first-page baseline must do the sort itself.
  const entries = [...index.query({}).rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const [suggestions, assignments, events] = await Promise.all([
    db.suggestions.toArray(),
    db.assignments.toArray(),
    db.events.toArray(),
  ])
  plain = {
    ...plainRows(entries, (id) => rank.get(id) ?? Number.MAX_SAFE_INTEGER),
    suggestions,
    assignments,
    events,
  }
  return { texts: plain.texts.length }
}

function requirePlain(): PlainData {
  if (!plain) throw new Error('call bench.prepareBaselines() first')
  return plain
}

/**
 * The list's text search (`SuggestionListIndex.query({ query })`, what the list screen calls on each change of
 * the search box) against Array.filter + String.includes over the same strings. Each repetition runs every query.
 */
async function search(options: { queries: string[]; reps: number; warmup: number }): Promise<Timings> {
  const index = getSuggestionListIndex(getDb())
  await index.ensureLoaded()
  const { texts } = requirePlain()
  const out: Timings = { store: [], baseline: [], hits: {} }
  for (let r = -options.warmup; r < options.reps; r++) {
    for (const query of options.queries) {
      let t = now()
      const { total } = index.query({ query })
      const storeMs = now() - t
      t = now()
      const plainHits = plainSearch(texts, queryTerms(query)).length
      const baseMs = now() - t
      if (plainHits !== total) throw new Error(`search "${query}": store ${total} rows, baseline ${plainHits}`)
      if (r < 0) continue
      out.store.push(storeMs)
      out.baseline.push(baseMs)
      out.hits[query] = total
    }
  }
  return out
}

/**
 * Diagnostic for the search figure: the same query timed as the list index runs it, as `entryMatcher` over
 * the index's rows, as a bare includes() over the index's own searchText fields, and over the baseline's
 * copied strings. Medians of `reps` runs, in ms.
 */
async function searchBreakdown(options: { query: string; reps: number }): Promise<Record<string, number>> {
  const index = getSuggestionListIndex(getDb())
  await index.ensureLoaded()
  const rows = index.query({}).rows
  const terms = queryTerms(options.query)
  const { texts } = requirePlain()
  // The same texts built afresh, in one tight loop, from the deserialised records (each field normalised, then
  // joined, as the index once built them while loading), and flat copies of those: with includesOverEntryText
  // they tell memory layout from string representation (see listIndex.ts header).
  const units = new Map((await getDb().units.toArray()).map((u) => [u.id, u.name]))
  const byId = new Map(rows.map((e) => [e.id, e]))
  const rebuilt = requirePlain().suggestions.map((s) =>
    buildSearchText([
      s.numberText,
      s.number,
      s.title,
      s.leadDeputy,
      ...s.coSigners,
      s.delegation,
      s.category,
      ...(byId.get(s.id)?.unitIds ?? []).map((id) => units.get(id)),
      s.content,
    ]),
  )
  const rebuiltCopies = rebuilt.map((t) => (' ' + t).slice(1))
  const cases: Record<string, () => number> = {
    indexQuery: () => index.query({ query: options.query }).total,
    entryMatcherOverRows: () => rows.filter(entryMatcher({ query: options.query })).length,
    includesOverEntryText: () => rows.filter((e) => terms.every((t) => e.searchText.includes(t))).length,
    includesOverCopiedText: () => plainSearch(texts, terms).length,
    includesOverRebuiltText: () => plainSearch(rebuilt, terms).length,
    includesOverRebuiltCopies: () => plainSearch(rebuiltCopies, terms).length,
  }
  const out: Record<string, number> = {}
  for (const [name, fn] of Object.entries(cases)) {
    const samples: number[] = []
    for (let r = 0; r < options.reps; r++) {
      const t = now()
      fn()
      samples.push(now() - t)
    }
    samples.sort((a, b) => a - b)
    out[name] = samples[Math.floor(samples.length / 2)]!
  }
  return out
}

interface FilterCase {
  name: string
  store: SuggestionListFilters
  plain: PlainFilter
}

async function filterCases(): Promise<FilterCase[]> {
  const db = getDb()
  const sessions = await db.sessions.orderBy('order').reverse().toArray()
  const session = sessions[2]?.id as Id
  const stage: SuggestionStage = 'assigned'
  return [
    { name: 'session', store: { sessionId: session }, plain: { sessionId: session } },
    { name: 'category', store: { category: '教科文卫' }, plain: { category: '教科文卫' } },
    { name: 'stage', store: { stages: [stage] }, plain: { stage } },
    { name: 'key', store: { key: true }, plain: { key: true } },
    { name: 'overdue', store: { dueOnOrBefore: BENCH_TODAY }, plain: { dueOnOrBefore: BENCH_TODAY } },
    {
      name: 'session+category+stage',
      store: { sessionId: session, category: '城乡建设', stages: [stage] },
      plain: { sessionId: session, category: '城乡建设', stage },
    },
  ]
}

/** Filter changes through the list index against a plain Array.filter over plain rows. */
async function filter(options: { reps: number; warmup: number }): Promise<Timings> {
  const index = getSuggestionListIndex(getDb())
  await index.ensureLoaded()
  const { rows } = requirePlain()
  const cases = await filterCases()
  const out: Timings = { store: [], baseline: [], hits: {} }
  for (let r = -options.warmup; r < options.reps; r++) {
    for (const c of cases) {
      let t = now()
      const { total } = index.query(c.store)
      const storeMs = now() - t
      t = now()
      const plainHits = plainFilter(rows, c.plain).length
      const baseMs = now() - t
      if (plainHits !== total) throw new Error(`filter ${c.name}: store ${total} rows, baseline ${plainHits}`)
      if (r < 0) continue
      out.store.push(storeMs)
      out.baseline.push(baseMs)
      out.hits[c.name] = total
    }
  }
  return out
}

/** The baseline of the first render: the first page of the list from a full in-memory scan and sort. */
async function firstPageBaseline(options: { reps: number }): Promise<number[]> {
  const { rows } = requirePlain()
  const out: number[] = []
  for (let r = 0; r < options.reps; r++) {
    const t = now()
    const page = plainFirstPage(rows)
    out.push(now() - t)
    if (page.length === 0) throw new Error('first page is empty')
  }
  return out
}

/** One suggestion's detail (`getSuggestionDetail`: suggestion, assignments, replies, ratings, contacts, events). */
async function detail(options: { reps: number; warmup: number }): Promise<Timings> {
  const db = getDb()
  const data = requirePlain()
  const step = Math.max(1, Math.floor(data.suggestions.length / (options.reps + options.warmup + 1)))
  const out: Timings = { store: [], baseline: [], hits: {} }
  for (let r = -options.warmup; r < options.reps; r++) {
    const id = data.suggestions[(r + options.warmup) * step + 1]!.id
    let t = now()
    const found = await getSuggestionDetail(db, id)
    const storeMs = now() - t
    t = now()
    const base = plainDetail(data, id)
    const baseMs = now() - t
    if (!found || found.events.length !== base.events.length || found.assignments.length !== base.assignments.length) {
      throw new Error(`detail ${id}: store and baseline disagree`)
    }
    if (r < 0) continue
    out.store.push(storeMs)
    out.baseline.push(baseMs)
    out.hits.events = (out.hits.events ?? 0) + found.events.length
  }
  return out
}

const api = {
  seed,
  seededWith,
  counts,
  operatorSession,
  calibrate,
  loadIndex,
  prepareBaselines,
  search,
  searchBreakdown,
  filter,
  firstPageBaseline,
  detail,
}
export type BenchApi = typeof api

declare global {
  interface Window {
    bench: BenchApi
  }
}

window.bench = api
/** For investigations from a driver script (e.g. with --js-flags=--allow-natives-syntax); not used by the suites. */
;(window as unknown as { benchInternals: unknown }).benchInternals = {
  index: () => getSuggestionListIndex(getDb()),
  plain: () => plain,
  buildSearchText,
}
document.body.dataset.benchReady = 'true'
