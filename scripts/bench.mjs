#!/usr/bin/env node
/**
 * `npm run bench [-- --size N] [-- --only <suite>] [-- --reps N] [-- --no-build] [-- --reseed]`
 *
 * Builds the bench bundle (bench/vite.bench.config.mts → out/bench: the real app plus bench/page), serves it on
 * 127.0.0.1, drives Debian's Chromium with Playwright and runs each suite in bench/suites/<name>.mjs. A suite
 * exports `name`, `description` and `run(ctx)` resolving to `{ <metric>: { value, unit, baseline, ratio,
 * target?, note? } }`; a later issue adds a metric by adding a suite file. Figures are printed as a table and
 * merged into bench/results/latest.json (other metrics' names are kept). Benchmarks print figures: they are
 * never timed tests and never fail the run on a missed target (only on an error).
 *
 * With --size other than 100000 the figures go to bench/results/size-<N>.json, so latest.json always describes
 * the reference size.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium } from '@playwright/test'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const REFERENCE_SIZE = 100_000
const PORT = Number(process.env.BENCH_PORT ?? 4599)
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/**
 * Chromium's profile lives on between runs, so the seeded IndexedDB is reused when it holds the same seed (same
 * size and seed version, checked before seeding); --reseed starts from an empty profile.
 */
const PROFILE = process.env.BENCH_PROFILE ?? join(repo, 'node_modules/.cache/bench-chromium-profile')
/** Where the bench bundle is built (BENCH_OUT: another folder, so two runs never build over each other). */
const OUT = resolve(process.env.BENCH_OUT ?? join(repo, 'out/bench'))
process.env.BENCH_OUT = OUT

function parseArgs(argv) {
  const opts = { size: REFERENCE_SIZE, only: null, reps: 15, build: true, reseed: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const value = () => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${a} needs a value`)
      return v
    }
    if (a === '--size') opts.size = Number(value())
    else if (a === '--only') opts.only = value().split(',')
    else if (a === '--reps') opts.reps = Number(value())
    else if (a === '--no-build') opts.build = false
    else if (a === '--reseed') opts.reseed = true
    else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/bench.mjs [--size N] [--only suite[,suite]] [--reps N] [--no-build] [--reseed]')
      process.exit(0)
    } else throw new Error(`unknown option ${a}`)
  }
  if (!Number.isInteger(opts.size) || opts.size < 100) throw new Error('--size must be an integer ≥ 100')
  if (!Number.isInteger(opts.reps) || opts.reps < 15) throw new Error('--reps must be an integer ≥ 15')
  return opts
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const round = (x, digits = 3) => (x === null || x === undefined ? null : Number(x.toFixed(digits)))

async function loadSuites(only) {
  const dir = join(repo, 'bench/suites')
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.mjs'))
    .sort()
  const suites = []
  for (const f of files) {
    const mod = await import(pathToFileURL(join(dir, f)).href)
    suites.push({ name: mod.name ?? f.replace(/\.mjs$/, ''), description: mod.description ?? '', run: mod.run })
  }
  if (only) {
    const unknown = only.filter((n) => !suites.some((s) => s.name === n))
    if (unknown.length)
      throw new Error(`unknown suite(s) ${unknown.join(', ')}; have ${suites.map((s) => s.name).join(', ')}`)
    return suites.filter((s) => only.includes(s.name))
  }
  return suites
}

/**
 * Builds out/bench. When the app does not build (another change is half done), builds the bench page alone so
 * the store figures are still measured; the first-render figure then says the app was not built.
 */
function build() {
  const started = Date.now()
  const vite = (env) =>
    spawnSync(
      process.execPath,
      [join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'bench/vite.bench.config.mts'],
      {
        cwd: repo,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      },
    )
  let r = vite({})
  if (r.status !== 0) {
    const lines = (r.stderr + r.stdout).split('\n')
    const firstError =
      lines.find((l) => /could not|cannot|not found/i.test(l)) ?? lines.find((l) => /error/i.test(l)) ?? ''
    console.warn(
      `! the app does not build (${firstError.replace(new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'), '').trim()}); building the bench page alone`,
    )
    r = vite({ BENCH_PAGE_ONLY: '1' })
    if (r.status !== 0) {
      process.stderr.write(r.stderr + r.stdout)
      throw new Error('bench build failed')
    }
  }
  console.log(`built ${OUT} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

async function serve() {
  const child = spawn(
    process.execPath,
    [join(repo, 'scripts/serve-renderer.mjs'), '--root', OUT, '--port', String(PORT)],
    {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  await new Promise((resolveReady, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`server exited with ${code} (port ${PORT} busy? set BENCH_PORT)`)))
    child.stdout.on('data', (d) => (String(d).includes('serving') ? resolveReady() : undefined))
  })
  child.removeAllListeners('exit')
  return child
}

function machine() {
  const list = cpus()
  return {
    cpu: list[0]?.model?.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  }
}

const sizeLabel = (n) => (n % 1000 === 0 ? `${n / 1000}k` : String(n))

function verdict(m) {
  if (m.value === null || m.value === undefined) return '—'
  const t = m.target ?? {}
  const fails = []
  if (t.maxMs !== undefined && !(m.value < t.maxMs)) fails.push(`≥ ${t.maxMs} ms`)
  if (t.maxRatio !== undefined && m.ratio !== null && !(m.ratio <= t.maxRatio)) fails.push(`> ${t.maxRatio}× baseline`)
  if (t.maxMs === undefined && t.maxRatio === undefined) return 'info'
  return fails.length ? `FAIL (${fails.join(', ')})` : 'pass'
}

function targetText(t = {}) {
  const parts = []
  if (t.maxMs !== undefined) parts.push(`< ${t.maxMs} ms`)
  if (t.maxRatio !== undefined) parts.push(`≤ ${t.maxRatio}× base`)
  return parts.join(', ') || '—'
}

function printTable(metrics) {
  const rows = [['metric', 'value', 'unit', 'baseline', 'ratio', 'target', 'result']]
  for (const [name, m] of Object.entries(metrics)) {
    rows.push([
      name,
      m.value === null || m.value === undefined ? (m.note ?? 'not measured') : String(round(m.value, 2)),
      m.unit ?? 'ms',
      m.baseline === null || m.baseline === undefined ? '—' : String(round(m.baseline, 3)),
      m.ratio === null || m.ratio === undefined ? '—' : `${round(m.ratio, 2)}×`,
      targetText(m.target),
      verdict(m),
    ])
  }
  const widths = rows[0].map((_, c) =>
    Math.max(...rows.map((r) => [...r[c]].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))),
  )
  const pad = (s, w) =>
    s + ' '.repeat(Math.max(0, w - [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)))
  const line = (r) => '| ' + r.map((c, i) => pad(c, widths[i])).join(' | ') + ' |'
  console.log(line(rows[0]))
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|')
  for (const r of rows.slice(1)) console.log(line(r))
}

function writeResults(metrics, size) {
  const file = join(repo, 'bench/results', size === REFERENCE_SIZE ? 'latest.json' : `size-${size}.json`)
  mkdirSync(dirname(file), { recursive: true })
  let previous = {}
  if (existsSync(file)) {
    try {
      previous = JSON.parse(readFileSync(file, 'utf8')).metrics ?? {}
    } catch {
      previous = {}
    }
  }
  const merged = { ...previous }
  for (const [name, m] of Object.entries(metrics)) {
    if (m.value === null || m.value === undefined) continue // not measured: keep whatever was there
    merged[name] = {
      value: round(m.value),
      unit: m.unit ?? 'ms',
      baseline: round(m.baseline ?? null),
      ratio: round(m.ratio ?? null),
    }
  }
  const out = { metrics: merged, machine: machine(), date: new Date().toISOString() }
  writeFileSync(file, JSON.stringify(out, null, 2) + '\n')
  return file
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  const started = Date.now()
  const suites = await loadSuites(opts.only)
  if (opts.build) build()
  if (!existsSync(join(OUT, 'bench/page/bench.html'))) throw new Error(`${OUT} is missing: run without --no-build`)
  const server = await serve()
  if (opts.reseed) rmSync(PROFILE, { recursive: true, force: true })
  mkdirSync(PROFILE, { recursive: true })
  const context = await chromium.launchPersistentContext(PROFILE, {
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // performance.memory with exact figures after a full GC (window.gc), for the heap metrics.
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
    ],
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
  })
  let chromiumVersion = 'unknown'
  const metrics = {}
  try {
    const baseURL = `http://127.0.0.1:${PORT}`
    const page = context.pages()[0] ?? (await context.newPage())
    page.on('console', (msg) => (msg.type() === 'error' ? console.error(`[bench page] ${msg.text()}`) : undefined))
    page.on('pageerror', (e) => console.error(`[bench page] ${e.message}`))
    await page.goto(`${baseURL}/bench/page/bench.html`)
    await page.waitForFunction(() => document.body.dataset.benchReady === 'true')
    chromiumVersion = await page.evaluate(() => /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? 'unknown')
    let seeded = null
    const ctx = {
      repo,
      outDir: OUT,
      size: opts.size,
      sizeLabel: sizeLabel(opts.size),
      reps: opts.reps,
      baseURL,
      browser: null,
      context,
      page,
      median,
      log: (...args) => console.log('  ', ...args),
      /** Seeds once per run (whichever suite asks first) and resolves to the seed report (null when reused). */
      ensureSeeded: () => (seeded ??= seedOnce(page, opts.size)),
    }
    for (const [i, suite] of suites.entries()) {
      console.log(`\n▶ ${suite.name}${suite.description ? ` — ${suite.description}` : ''}`)
      // A fresh bench page for each suite: what one suite leaves in the page's heap (the exchange suite's
      // workbooks and backups, hundreds of MB) would otherwise be collected during the next suite's timings,
      // and the app pages opened for first-render timings share the page's renderer process.
      if (i > 0) {
        await page.goto(`${baseURL}/bench/page/bench.html`)
        await page.waitForFunction(() => document.body.dataset.benchReady === 'true')
      }
      const t = Date.now()
      Object.assign(metrics, await suite.run(ctx))
      console.log(`   (${suite.name}: ${((Date.now() - t) / 1000).toFixed(1)} s)`)
    }
  } finally {
    await context.close()
    server.kill()
  }
  const m = machine()
  console.log(
    `\nResults — ${opts.size} suggestions, ${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, Chromium ${chromiumVersion}`,
  )
  printTable(metrics)
  const file = writeResults(metrics, opts.size)
  console.log(`\nwrote ${file.replace(repo + '/', '')} · total ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

async function seedOnce(page, size) {
  const have = await page.evaluate((n) => window.bench.seededWith(n), size)
  if (have.reusable) {
    console.log(
      `   reusing the seeded database (${have.suggestions} suggestions, seed version ${have.version}; --reseed to seed again)`,
    )
    return null
  }
  const raw = await page.evaluate(() => window.bench.calibrate())
  console.log(
    `   this machine's raw IndexedDB: put ${raw.putMsPerRecord.toFixed(3)} ms/record, getAll ` +
      `${raw.getAllMsPerRecord.toFixed(3)} ms/record (~400-byte record, one index)`,
  )
  console.log(`   seeding ${size} suggestions into Chromium's IndexedDB through the store…`)
  const samples = {
    registerEach: Math.min(200, size),
    writeChangeEach: Math.min(5000, size),
    bulk: Math.min(5000, size),
  }
  const report = await page.evaluate((o) => window.bench.seed(o), { size, samples })
  for (const s of report.samples) {
    const projected = (s.perSuggestionMs * size) / 1000
    console.log(
      `   write path ${s.mode.padEnd(15)} sample ${String(s.size).padStart(5)}: ${s.ms.toFixed(0).padStart(6)} ms` +
        ` = ${s.perSuggestionMs.toFixed(3)} ms/suggestion → ${projected.toFixed(1)} s for ${size}`,
    )
  }
  const c = report.counts
  console.log(
    `   seeded (bulk path): ${c.suggestions} suggestions, ${c.assignments} assignments, ${c.events} events, ` +
      `${c.sessions} sessions, ${c.units} units — reference data ${report.referenceMs.toFixed(0)} ms, ` +
      `generate ${report.generateMs.toFixed(0)} ms, write ${report.writeMs.toFixed(0)} ms`,
  )
  const b = report.breakdown
  console.log(
    `   bulk write breakdown: suggestions bulkAdd ${b.suggestions.toFixed(0)} ms · assignments+events (writeChange) ` +
      `${b.assignmentsAndEvents.toFixed(0)} ms · commits ${b.commit.toFixed(0)} ms`,
  )
  return report
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e)
  process.exit(1)
})
