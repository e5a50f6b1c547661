/**
 * 期限日历 and the home page's 'due soon and overdue' panel in Chromium, on the demo data with "today" fixed at
 * 2026-11-26: October 2026 shows 休 on National Day and 班 on the make-up Saturday; a day lists its items and
 * links to the suggestion; overdue items chosen on the home page give one reminder notice (催办通知) per unit,
 * which is rendered to PDF and leaves a 'reminded' event in the suggestion's history.
 * Screenshots go to test-results/screenshots/calendar-*.png and home-*.png, the PDF to
 * test-results/screenshots/home-reminder.pdf.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'
import { test, expect } from './support/fixtures'

const TODAY = new Date('2026-11-26T10:00:00+08:00')

function screenshotDir(testInfo: TestInfo): string {
  const root = testInfo.config.configFile ? dirname(testInfo.config.configFile) : process.cwd()
  const dir = join(root, 'test-results', 'screenshots')
  mkdirSync(dir, { recursive: true })
  return dir
}

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir(testInfo), `${name}.png`), fullPage: true })
}

/** First run: create the administrator, then load the demo data from the settings page. */
async function startWithDemoData(page: Page): Promise<void> {
  await page.clock.setFixedTime(TODAY)
  await page.goto('/index.html#/settings?tab=demo')
  const gate = page.getByTestId('operator-gate')
  await expect(gate).toBeVisible()
  await gate.getByLabel('姓名').fill('管理员甲')
  await gate.getByRole('button', { name: '创建并进入' }).click()
  await page.getByTestId('settings-demo').getByRole('button', { name: '载入演示数据' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '载入演示数据' }).click()
  await expect(page.getByTestId('demo-status')).toHaveText('已载入演示数据', { timeout: 30_000 })
}

test('October 2026 marks 休 and 班, and a day lists its items with links to the suggestions', async ({ page }) => {
  await startWithDemoData(page)
  await page.goto('/index.html#/calendar?month=2026-10')
  await expect(page.getByTestId('page-title')).toHaveText('期限日历')
  await expect(page.getByTestId('calendar-title')).toHaveText('2026年10月')

  const nationalDay = page.getByTestId('calendar-day-2026-10-01')
  await expect(nationalDay).toHaveAttribute('data-mark', 'holiday')
  await expect(nationalDay.getByTestId('day-mark')).toHaveText('休')
  await nationalDay.getByTestId('day-mark').hover()
  await expect(page.getByRole('tooltip')).toContainText('国庆节')
  const makeUp = page.getByTestId('calendar-day-2026-10-10')
  await expect(makeUp).toHaveAttribute('data-mark', 'make-up-workday')
  await expect(makeUp.getByTestId('day-mark')).toHaveText('班')
  await expect(page.getByTestId('calendar-day-2026-10-09')).not.toHaveAttribute('data-mark', /.+/)
  await expect(page.getByTestId('calendar-day-2026-10-08').getByTestId('day-mark')).toHaveCount(0)

  // The demo's promises and publication dates: 10-13 has three, all overdue as of 11-26.
  const day = page.getByTestId('calendar-day-2026-10-13')
  await expect(day.getByTestId('day-count')).toHaveText('3 项')
  await expect(day).toHaveAttribute('data-urgency', 'overdue')
  await day.click()
  const panel = page.getByTestId('calendar-day-panel')
  await expect(panel.getByTestId('day-panel-title')).toHaveText('2026年10月13日 星期二')
  await expect(panel.getByTestId('day-item')).toHaveCount(3)
  await expect(panel.getByTestId('day-item').first()).toContainText('承办单位：')
  await expect(panel.getByTestId('day-item').first()).toContainText(/逾期 \d+ 个工作日/)
  await screenshot(page, test.info(), 'calendar-month')

  // Filters: only follow-up promises; the count of the day follows.
  const followUps = await panel.locator('[data-testid="day-item"][data-kind="follow-up"]').count()
  await page.goto('/index.html#/calendar?month=2026-10&day=2026-10-13&kinds=follow-up')
  await expect(page.getByTestId('calendar-day-panel').getByTestId('day-item')).toHaveCount(followUps)

  // Week view of National Day week: seven cells, 10-01 to 10-07 all off.
  await page.goto('/index.html#/calendar?view=week&date=2026-10-05&day=2026-10-05')
  await expect(page.getByTestId('calendar-title')).toHaveText('2026年10月5日 至 2026年10月11日')
  await expect(page.locator('[data-testid^="calendar-day-2026-"]')).toHaveCount(7)
  await expect(page.getByTestId('calendar-day-2026-10-07')).toHaveAttribute('data-mark', 'holiday')
  await expect(page.getByTestId('calendar-day-2026-10-10')).toHaveAttribute('data-mark', 'make-up-workday')
  await screenshot(page, test.info(), 'calendar-week')

  // A day's item leads to the suggestion's detail.
  await page.goto('/index.html#/calendar?month=2026-10&day=2026-10-13')
  const first = page.getByTestId('calendar-day-panel').getByTestId('day-item-link').first()
  const number = (await first.textContent()) ?? ''
  await first.click()
  await expect(page.getByTestId('suggestion-detail')).toBeVisible()
  await expect(page.getByTestId('suggestion-detail')).toContainText(number)
})

test('overdue items chosen on the home page give one reminder per unit, printed and logged', async ({
  page,
  context,
}) => {
  await startWithDemoData(page)
  await page.goto('/index.html#/')
  await expect(page.getByTestId('page-title')).toHaveText('工作台')
  await expect(page.getByTestId('home-today-date')).toHaveText('2026年11月26日')
  const panel = page.getByTestId('due-panel')
  await expect(panel.getByTestId('due-tab-overdue')).toContainText(/已逾期（\d+）/)
  const overdueCount = Number(/（(\d+)）/.exec((await panel.getByTestId('due-tab-overdue').textContent()) ?? '')?.[1])
  expect(overdueCount).toBeGreaterThan(0)
  await expect(page.getByTestId('home-tile-overdue')).toContainText(String(overdueCount))
  await screenshot(page, test.info(), 'home')

  // Choose the first three rows that have a unit; remember their units and the first suggestion.
  const rows = panel.getByTestId('due-table-overdue').locator('tbody tr.ant-table-row')
  const selectable = rows.filter({ has: page.locator('input[type="checkbox"]:not([disabled])') })
  const units: string[] = []
  for (let i = 0; i < 3; i++) {
    const row = selectable.nth(i)
    await row.getByRole('checkbox').check()
    units.push(((await row.locator('td').nth(3).textContent()) ?? '').trim())
  }
  const firstNumber = ((await selectable.nth(0).locator('td').nth(1).textContent()) ?? '').trim()
  const distinctUnits = [...new Set(units)]
  await expect(panel.getByTestId('due-selected')).toHaveText(`已选 3 项，涉及 ${distinctUnits.length} 个承办单位`)
  await screenshot(page, test.info(), 'home-selected')

  await panel.getByRole('button', { name: '打印催办通知' }).click()
  await expect(page.getByText(`已为 ${distinctUnits.length} 个承办单位生成催办通知`)).toBeVisible()
  const jobs = await page.evaluate(() => window.__hostTestHooks?.printJobs ?? [])
  expect(jobs).toHaveLength(distinctUnits.length)
  for (const unit of distinctUnits) {
    const job = jobs.find((j) => j.title === `催办通知（${unit}）`)
    expect(job, `a print job for ${unit}`).toBeDefined()
    expect(job!.kind).toBe('print')
    expect(job!.html).toContain('催办通知')
    expect(job!.html).toContain(`${unit}：`)
  }
  expect(jobs[0]!.html).toContain(firstNumber)

  // Render the first notice to PDF as the desktop host would, and to PNG for a look.
  const dir = screenshotDir(test.info())
  const printPage = await context.newPage()
  await printPage.setContent(jobs[0]!.html)
  const pdfPath = join(dir, 'home-reminder.pdf')
  await printPage.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true })
  await printPage.close()
  if (existsSync('/usr/bin/pdftoppm')) {
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdfPath, join(dir, 'home-reminder')])
    const text = execFileSync('/usr/bin/pdftotext', [pdfPath, '-']).toString()
    expect(text).toContain('催办通知')
    expect(text).toContain(distinctUnits[0]!.slice(0, 4))
  } else {
    test.info().annotations.push({ type: 'skipped-check', description: 'pdftoppm not installed: no PNG of the PDF' })
  }

  // The selection is cleared, and the first suggestion's history has the reminder.
  await expect(panel.getByTestId('due-selected')).toHaveText('已选 0 项，涉及 0 个承办单位')
  await rows.filter({ hasText: firstNumber }).first().getByRole('link', { name: firstNumber }).click()
  await expect(page.getByTestId('suggestion-detail')).toBeVisible()
  const reminded = page.locator('[data-testid="timeline-event"][data-event-type="reminded"]')
  await expect(reminded.first()).toBeVisible()
  await expect(reminded.first()).toContainText('催办')
  await screenshot(page, test.info(), 'home-reminded-detail')
})

test('an empty database offers the demo data on the home page', async ({ page }) => {
  await page.clock.setFixedTime(TODAY)
  await page.goto('/index.html#/')
  const gate = page.getByTestId('operator-gate')
  await gate.getByLabel('姓名').fill('管理员甲')
  await gate.getByRole('button', { name: '创建并进入' }).click()
  await expect(page.getByTestId('home-empty')).toBeVisible()
  await expect(page.getByTestId('home-today-date')).toHaveText('2026年11月26日')
  await expect(page.getByTestId('home-today')).toContainText('星期四')
  await screenshot(page, test.info(), 'home-empty')
  await page.getByTestId('home-demo-link').click()
  await expect(page.getByTestId('page-title')).toHaveText('设置')
  await expect(page.getByTestId('settings-demo')).toBeVisible()
})
