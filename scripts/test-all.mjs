#!/usr/bin/env node
/**
 * `npm test`: every check a change must pass, in the order that fails fastest.
 * type check → lint → unit tests (vitest) → build → Playwright (browser rig, then the Electron project, which
 * skips with a printed reason where no Electron binary exists). Ends with one line `tests: N passed, N failed`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const steps = []
let failed = false
function run(name, cmd, args) {
  const started = Date.now()
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' })
  const ok = r.status === 0
  steps.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) })
  if (!ok) failed = true
  return ok
}

// Reports live outside test-results/, which Playwright empties when it starts; stale ones from an earlier run must
// never be counted.
rmSync('test-reports', { recursive: true, force: true })
mkdirSync('test-reports', { recursive: true })
const stop = () => summarise()
if (
  !run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.shared.json']) ||
  !run('typecheck (all)', 'npm', ['run', '-s', 'typecheck'])
)
  stop()
else if (!run('lint', 'npx', ['eslint', '.', '--max-warnings=0'])) stop()
else {
  run('unit tests', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile=test-reports/vitest.json',
  ])
  if (run('build', 'npx', ['electron-vite', 'build'])) {
    run('end-to-end (browser and electron)', 'npx', ['playwright', 'test'])
  }
  stop()
}

function count() {
  let passed = 0,
    fails = 0,
    skipped = 0
  if (existsSync('test-reports/vitest.json')) {
    const v = JSON.parse(readFileSync('test-reports/vitest.json', 'utf8'))
    passed += v.numPassedTests ?? 0
    fails += v.numFailedTests ?? 0
    skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0)
  }
  if (existsSync('test-reports/playwright.json')) {
    const p = JSON.parse(readFileSync('test-reports/playwright.json', 'utf8'))
    passed += p.stats?.expected ?? 0
    fails += (p.stats?.unexpected ?? 0) + (p.stats?.flaky ?? 0)
    skipped += p.stats?.skipped ?? 0
  }
  return { passed, fails, skipped }
}

function summarise() {
  console.log('\n=== summary')
  for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds} s)`)
  const { passed, fails, skipped } = count()
  console.log(`tests: ${passed} passed, ${fails} failed, ${skipped} skipped`)
  process.exit(failed || fails > 0 ? 1 : 0)
}
