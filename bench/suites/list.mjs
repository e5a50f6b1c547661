/**
 * Issue 3: the suggestion list at national scale (100,000 suggestions, ten years). Seeds through the store,
 * then times the list index's search and filters, the real app's first list render, and one detail load, each
 * against a plain in-memory baseline from the same run. Medians of ≥ 15 repetitions.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

export const name = 'list'
export const description = 'search, filters, first render and detail over the seeded suggestions'

const QUERIES = ['停车', '城东区 养老', '王建国', '教育 市教育局', '关于 数字化 建议', '电梯 城南区代表团', '无此内容']
const WARMUP = 2
const ROW = '[data-testid="suggestion-row"]'

export async function run(ctx) {
  const seed = await ctx.ensureSeeded()
  const { page, median, sizeLabel: k } = ctx
  const metrics = {}
  metrics[`seed_${k}_ms`] = {
    value: seed ? seed.referenceMs + seed.generateMs + seed.writeMs : null,
    note: seed ? undefined : 'not measured: seed reused',
    unit: 'ms',
    baseline: null,
    ratio: null,
  }

  const load = await page.evaluate(() => window.bench.loadIndex())
  ctx.log(`list index loaded: ${load.size} entries in ${load.ms.toFixed(0)} ms`)
  metrics.list_index_load_ms = { value: load.ms, unit: 'ms', baseline: null, ratio: null }
  const parts = load.stats
  if (parts)
    ctx.log(
      `  of which (the index's own figures; reading overlaps building): read assignments ` +
        `${parts.readAssignmentsMs.toFixed(0)} ms · read suggestions ${parts.readSuggestionsMs.toFixed(0)} ms · ` +
        `build entries ${parts.buildEntriesMs.toFixed(0)} ms`,
    )
  metrics.list_index_heap_mb = {
    value: load.heapMb,
    note: load.heapMb === null ? 'not measured: no performance.memory' : undefined,
    unit: 'MB',
    baseline: null,
    ratio: null,
  }
  if (load.heapMb !== null) ctx.log(`list index JS heap: ${load.heapMb.toFixed(1)} MB (performance.memory, after GC)`)
  await page.evaluate(() => window.bench.prepareBaselines())

  const search = await page.evaluate((o) => window.bench.search(o), {
    queries: QUERIES,
    reps: ctx.reps,
    warmup: WARMUP,
  })
  ctx.log(
    `search hits: ${Object.entries(search.hits)
      .map(([q, n]) => `「${q}」${n}`)
      .join(' · ')}`,
  )
  metrics[`search_${k}_median_ms`] = compared(search, median, { maxMs: 100, maxRatio: 5 })
  const why = await page.evaluate((o) => window.bench.searchBreakdown(o), { query: '城东区 养老', reps: ctx.reps })
  ctx.log(
    `search 「城东区 养老」 medians (ms): ${Object.entries(why)
      .map(([n, v]) => `${n} ${v.toFixed(1)}`)
      .join(' · ')}`,
  )

  const filter = await page.evaluate((o) => window.bench.filter(o), { reps: ctx.reps, warmup: WARMUP })
  ctx.log(
    `filter hits: ${Object.entries(filter.hits)
      .map(([f, n]) => `${f} ${n}`)
      .join(' · ')}`,
  )
  metrics[`filter_${k}_median_ms`] = compared(filter, median, { maxMs: 100, maxRatio: 5 })

  metrics.list_first_render_ms = await firstRender(ctx)

  const detail = await page.evaluate((o) => window.bench.detail(o), { reps: ctx.reps, warmup: WARMUP })
  metrics.detail_open_ms = compared(detail, median, { maxRatio: 5 })
  return metrics
}

function compared(t, median, target) {
  const value = median(t.store)
  const baseline = median(t.baseline)
  return { value, unit: 'ms', baseline, ratio: baseline > 0 ? value / baseline : null, target }
}

/** True when the built app contains the list screen's row test id (the screen exists). */
function listScreenBuilt(outDir) {
  const dir = join(outDir, 'assets')
  return readdirSync(dir).some(
    (f) => f.endsWith('.js') && readFileSync(join(dir, f), 'utf8').includes('suggestion-row'),
  )
}

/**
 * Opens the real app at #/suggestions in a fresh page (same origin, so same IndexedDB) and reads, inside the
 * page, performance.now() (0 = navigation start) at the first moment a list row is laid out and visible.
 * The operator chooser is skipped the way the app itself skips it: the seeded operator's id in sessionStorage
 * under the OperatorGate's key, set before any script of the page runs.
 */
async function firstRender(ctx) {
  const target = { maxMs: 500, maxRatio: 5 }
  if (!existsSync(join(ctx.outDir, 'src/renderer/index.html'))) {
    ctx.log('list_first_render_ms: not measured: the app did not build')
    return { value: null, note: 'not measured: app did not build', unit: 'ms', baseline: null, ratio: null, target }
  }
  if (!listScreenBuilt(ctx.outDir)) {
    ctx.log('list_first_render_ms: not measured: list screen not built')
    return { value: null, note: 'not measured: list screen not built', unit: 'ms', baseline: null, ratio: null, target }
  }
  const operator = await ctx.page.evaluate(() => window.bench.operatorSession())
  if (!operator.id) throw new Error('no operator seeded')
  const samples = []
  for (let r = 0; r < ctx.reps + 1; r++) {
    const page = await ctx.context.newPage()
    await page.addInitScript(
      ({ key, id, selector }) => {
        sessionStorage.setItem(key, id)
        const visible = () => {
          for (const el of document.querySelectorAll(selector)) {
            const box = el.getBoundingClientRect()
            if (box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && el.checkVisibility())
              return true
          }
          return false
        }
        const check = () => {
          if (window.__firstRowAt === undefined && visible()) window.__firstRowAt = performance.now()
          return window.__firstRowAt !== undefined
        }
        new MutationObserver((_, observer) => check() && observer.disconnect()).observe(document, {
          childList: true,
          subtree: true,
          attributes: true,
        })
        const frame = () => (check() ? undefined : requestAnimationFrame(frame))
        requestAnimationFrame(frame)
      },
      { key: operator.key, id: operator.id, selector: ROW },
    )
    await page.goto(`${ctx.baseURL}/src/renderer/index.html#/suggestions`)
    const handle = await page
      .waitForFunction(() => window.__firstRowAt, null, { timeout: 30_000, polling: 50 })
      .catch(() => null)
    if (!handle) {
      await page.close()
      throw new Error(`no visible ${ROW} within 30 s at #/suggestions`)
    }
    const at = await handle.jsonValue()
    await page.close()
    if (r > 0) samples.push(at) // the first load warms Chromium's code cache and the OS file cache
  }
  const base = await ctx.page.evaluate((o) => window.bench.firstPageBaseline(o), { reps: ctx.reps })
  const value = ctx.median(samples)
  const baseline = ctx.median(base)
  ctx.log(`first render samples (ms): ${samples.map((s) => s.toFixed(0)).join(' ')}`)
  return { value, unit: 'ms', baseline, ratio: baseline > 0 ? value / baseline : null, target }
}
