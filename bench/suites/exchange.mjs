/**
 * Issue 4: Excel import and export at office scale. Generates a messy 10,000-row list workbook in the page, imports
 * it end to end the way the app does (preview in the import worker, domain checks, plan, commitImport with its
 * before-bulk backup through the browser host into OPFS, one transaction into a fresh IndexedDB database), and
 * exports 10,000 list rows with exportSuggestionList. Each against its bare cost from the same run: exceljs
 * reading the same bytes plus one Dexie bulkPut of the created records; exceljs writing the same cell values.
 *
 * Repetitions are fixed here, not --reps: import runs are seconds each, so medians of 5 (each run on a fresh
 * database, alternating with its bare run); export medians of 9 after one warm-up round.
 */
export const name = 'exchange'
export const description =
  'Excel import of 10,000 rows end to end and export of 10,000 rows, against bare exceljs/Dexie'

const ROWS = 10_000
const IMPORT_RUNS = 5
const EXPORT_RUNS = 9
const EXPORT_WARMUP = 1

const ms = (x) => `${x.toFixed(0)} ms`

export async function run(ctx) {
  const { page, median } = ctx
  const made = await page.evaluate((rows) => window.benchExchange.prepare({ rows }), ROWS)
  ctx.log(
    `generated the list workbook: ${made.rows} data rows, ${(made.bytes / 2 ** 20).toFixed(2)} MiB, in ${ms(made.ms)}`,
  )

  const runs = []
  const bare = []
  for (let i = 0; i < IMPORT_RUNS; i++) {
    const r = await page.evaluate(() => window.benchExchange.importRun())
    const b = await page.evaluate(() => window.benchExchange.bareImport())
    runs.push(r)
    bare.push(b)
    if (i === 0) {
      const s = r.summary
      ctx.log(
        `preview: ${s.total} rows · ${s.new} new · ${s.rejected} rejected · ${s.duplicate} duplicate · ` +
          `${s.warnings} warnings · ${s.skipped} skipped (blank/totals) → created ${r.created}, stored ${r.stored}; ` +
          `before-bulk backup ${(r.backupBytes / 1024).toFixed(0)} KiB (reference data only)`,
      )
    }
    const p = r.parts
    ctx.log(
      `import run ${i + 1}: ${ms(r.ms)} = existing ${ms(p.existingMs)} · read ${ms(p.readMs)} · normalise ` +
        `${ms(p.normaliseMs)} · validate ${ms(p.validateMs)} · backup ${ms(p.backupMs)} (OPFS write ` +
        `${ms(p.backupWriteMs)}) · commit ${ms(p.commitMs)} | bare ${ms(b.ms)} = exceljs read ${ms(b.readMs)} · ` +
        `bulkPut ${b.records} ${ms(b.putMs)}`,
    )
  }
  const c = await page.evaluate(() => window.benchExchange.commitBreakdown())
  ctx.log(
    `commit, step by step (same ${c.rows} suggestions and ${c.events} events, empty database): domain register ` +
      `per row ${ms(c.registerMs)} (in validate; commitImport reuses its changes) · transaction ` +
      `${ms(c.transactionMs)} = number check ${ms(c.numberCheckMs)} · bulkAdd suggestions ` +
      `${ms(c.suggestionsBulkAddMs)} · bulkAdd events ${ms(c.eventsBulkAddMs)} · commit to disk ` +
      `${ms(c.transactionMs - c.numberCheckMs - c.suggestionsBulkAddMs - c.eventsBulkAddMs)}`,
  )
  await page.evaluate(() => window.benchExchange.cleanup())
  const importValue = median(runs.map((r) => r.ms))
  const importBase = median(bare.map((b) => b.ms))
  const part = (key) => median(runs.map((r) => r.parts[key]))
  ctx.log(
    `import medians: read ${ms(part('readMs'))} (bare exceljs ${ms(median(bare.map((b) => b.readMs)))}) · normalise ` +
      `${ms(part('normaliseMs'))} · validate ${ms(part('validateMs'))} · backup ${ms(part('backupMs'))} · commit ` +
      `${ms(part('commitMs'))} (bare bulkPut ${ms(median(bare.map((b) => b.putMs)))})`,
  )

  const backup = await page.evaluate(() => window.benchExchange.backupOfMainDb())
  if (backup)
    ctx.log(
      `for scale: serialising a before-bulk backup of the bench's main database (${backup.suggestions} suggestions, ` +
        `${(backup.bytes / 2 ** 20).toFixed(0)} MiB) takes ${ms(backup.ms)}; an import into that database pays it too`,
    )

  const exp = await page.evaluate((o) => window.benchExchange.exportCompare(o), {
    reps: EXPORT_RUNS,
    warmup: EXPORT_WARMUP,
  })
  ctx.log(
    `export ${exp.rows} rows: app ${exp.app.map((x) => x.toFixed(0)).join(' ')} ms (${(exp.appBytes / 2 ** 20).toFixed(2)} MiB)` +
      ` · bare ${exp.bare.map((x) => x.toFixed(0)).join(' ')} ms (${(exp.bareBytes / 2 ** 20).toFixed(2)} MiB)`,
  )
  const exportValue = median(exp.app)
  const exportBase = median(exp.bare)

  return {
    import_10k_ms: {
      value: importValue,
      unit: 'ms',
      baseline: importBase,
      ratio: importBase > 0 ? importValue / importBase : null,
      target: { maxMs: 5000, maxRatio: 2 },
    },
    export_10k_ms: {
      value: exportValue,
      unit: 'ms',
      baseline: exportBase,
      ratio: exportBase > 0 ? exportValue / exportBase : null,
      target: { maxRatio: 1.5 },
    },
  }
}
