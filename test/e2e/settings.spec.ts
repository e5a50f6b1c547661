/**
 * 设置 in Chromium: units survive a reload; a backup brings everything back after the database is wiped; the
 * 2026 holiday calendar shows 休 and 班 from the State Council data; a future year is entered, checked and applied
 * after the preview of moving due dates. Screenshots of every tab go to test-results/screenshots/settings-*.png.
 */
import { dirname, join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'
import { test, expect } from './support/fixtures'

async function openSettings(page: Page, tab = 'units'): Promise<void> {
  await page.goto(`/index.html#/settings?tab=${tab}`)
  await expect(page.getByTestId('page-title')).toHaveText('设置')
}

/** First run: the gate asks for the administrator. */
async function createAdministrator(page: Page, name: string): Promise<void> {
  const gate = page.getByTestId('operator-gate')
  await expect(gate).toBeVisible()
  await gate.getByLabel('姓名').fill(name)
  await gate.getByRole('button', { name: '创建并进入' }).click()
  await expect(page.getByTestId('settings-page')).toBeVisible()
}

async function openTab(page: Page, label: string): Promise<void> {
  await page.getByRole('tab', { name: label, exact: true }).click()
}

async function addUnit(page: Page, name: string, shortName: string): Promise<void> {
  await openTab(page, '承办单位')
  await page.getByRole('button', { name: '新增单位' }).click()
  const dialog = page.getByRole('dialog', { name: '新增承办单位' })
  await dialog.getByLabel('单位全称').fill(name)
  await dialog.getByLabel('简称').fill(shortName)
  await dialog.getByLabel('简称').press('Enter')
  await dialog.getByLabel('联系人').fill('王明')
  await dialog.getByRole('button', { name: /^保\s?存$/ }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('settings-units').getByRole('row', { name: new RegExp(name) })).toBeVisible()
}

async function loadDemo(page: Page): Promise<void> {
  await openTab(page, '演示数据')
  await page.getByTestId('settings-demo').getByRole('button', { name: '载入演示数据' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '载入演示数据' }).click()
  await expect(page.getByTestId('demo-status')).toHaveText('已载入演示数据', { timeout: 30_000 })
}

async function chooseYear(page: Page, year: number): Promise<void> {
  await page.getByTestId('holiday-year-select').click()
  await page.locator(`.ant-select-item-option[title="${year}"]`).click()
  await expect(page.getByTestId('holiday-year-select')).toContainText(String(year))
}

async function screenshot(page: Page, testInfo: TestInfo, name: string, fullPage = true): Promise<void> {
  const root = testInfo.config.configFile ? dirname(testInfo.config.configFile) : process.cwd()
  await page.screenshot({ path: join(root, 'test-results', 'screenshots', `settings-${name}.png`), fullPage })
}

test('a unit added in settings is still listed after a reload', async ({ page }) => {
  await openSettings(page)
  await createAdministrator(page, '管理员甲')
  await addUnit(page, '市测试局', '测试局')
  await page.reload()
  const row = page.getByTestId('settings-units').getByRole('row', { name: /市测试局/ })
  await expect(row).toContainText('测试局')
  await expect(row).toContainText('联系人：王明')
  await expect(row).toContainText('政府部门')
})

test('a backup restores the data after the database is wiped', async ({ page }) => {
  test.setTimeout(120_000)
  await openSettings(page)
  await createAdministrator(page, '管理员甲')
  await loadDemo(page)
  await addUnit(page, '市备份测试局', '备份局')

  await openTab(page, '备份与恢复')
  await expect(page.getByTestId('current-counts')).toContainText('建议 300 件')
  await page.getByRole('button', { name: '立即备份' }).click()
  await expect(page.getByText(/已备份：backup-.*-manual\.dbjson/)).toBeVisible()
  await expect(page.getByTestId('backup-list').getByRole('row', { name: /手动备份/ })).toHaveCount(1)

  // Wipe: delete the IndexedDB database (Dexie closes its connection on 'versionchange'), then reload.
  const deleted = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.deleteDatabase('daibiao-jianyi')
        request.onsuccess = () => resolve('deleted')
        request.onerror = () => resolve('error')
      }),
  )
  expect(deleted).toBe('deleted')
  await page.reload()

  // An empty database with backups on disk: the app offers the newest backup before anything else.
  // (The test id sits on antd's modal root, which has no box of its own: look for the dialog inside it.)
  const offer = page.getByTestId('startup-restore-offer').getByRole('dialog')
  await expect(offer).toBeVisible()
  await expect(offer).toContainText('数据库为空')
  await offer.getByRole('button', { name: '查看并恢复…' }).click()
  const confirm = page.getByTestId('restore-confirm')
  await expect(confirm).toBeVisible()
  await expect(confirm.getByTestId('restore-count-suggestions')).toHaveText('300')
  await expect(confirm.getByTestId('restore-count-operators')).toHaveText('1')
  await screenshot(page, test.info(), 'restore-confirm', false)
  await page.getByRole('button', { name: '确认恢复' }).click()
  await expect(page.getByText(/已恢复 .* 的备份/)).toBeVisible()

  // Restored before anyone was created: the administrator remembered for this session exists again, so work goes on
  // as 管理员甲 without a new choice.
  await expect(page.getByTestId('operator-badge')).toContainText('管理员甲')
  await openSettings(page, 'backup')
  await expect(page.getByTestId('current-counts')).toContainText('建议 300 件')
  await openTab(page, '承办单位')
  await expect(page.getByTestId('settings-units').getByRole('row', { name: /市备份测试局/ })).toContainText('备份局')
})

test('the 2026 calendar shows 休 on National Day and 班 on the make-up Sunday', async ({ page }) => {
  await openSettings(page, 'holidays')
  await createAdministrator(page, '管理员甲')
  const holidays = page.getByTestId('settings-holidays')
  await chooseYear(page, 2026)
  await expect(holidays.getByTestId('holiday-source')).toHaveText('内置国务院通知数据')
  await expect(holidays.getByTestId('day-2026-10-01')).toHaveAttribute('data-kind', 'holiday')
  await expect(holidays.getByTestId('day-2026-10-01')).toContainText('休')
  await expect(holidays.getByTestId('day-2026-09-20')).toHaveAttribute('data-kind', 'make-up-workday')
  await expect(holidays.getByTestId('day-2026-09-20')).toContainText('班')
  await expect(holidays.getByTestId('day-2026-10-08')).toHaveAttribute('data-kind', 'working')
  await expect(holidays.getByTestId('day-2026-10-08')).not.toContainText(/休|班/)
  await expect(holidays.getByTestId('holiday-years-with-data')).toContainText('2004')
})

test('a future year is entered by pasting dates, checked, previewed and applied', async ({ page }) => {
  await openSettings(page, 'holidays')
  await createAdministrator(page, '管理员甲')
  const holidays = page.getByTestId('settings-holidays')
  await chooseYear(page, 2028)
  await expect(holidays.getByTestId('holiday-no-data')).toContainText('2028年尚无节假日数据')
  await holidays.getByRole('button', { name: '录入2028年数据' }).click()

  const editor = page.getByTestId('holiday-editor')
  await editor.getByLabel('放假日期（休）').fill('2028-10-01~2028-10-07，2028-01-01')
  // 2028-10-09 is a Monday: not allowed as a make-up working day.
  await editor.getByLabel('调休上班日期（班）').fill('2028-09-30 2028-10-09')
  await editor.getByRole('button', { name: '读取粘贴的日期' }).click()
  await expect(editor.getByTestId('day-2028-10-03')).toHaveAttribute('data-kind', 'holiday')
  await expect(editor.getByTestId('holiday-problems')).toContainText('2028-10-09 不是周末，不能作为调休上班日')
  await expect(editor.getByRole('button', { name: '预览影响并应用…' })).toBeDisabled()

  await editor.getByLabel('调休上班日期（班）').fill('2028-09-30')
  await editor.getByRole('button', { name: '读取粘贴的日期' }).click()
  await expect(editor.getByTestId('holiday-problems')).toHaveCount(0)
  await expect(editor.getByTestId('day-2028-09-30')).toContainText('班')
  // Clicking a weekday makes it a day off.
  await editor.getByTestId('day-2028-10-09').click()
  await expect(editor.getByTestId('day-2028-10-09')).toHaveAttribute('data-kind', 'holiday')
  await expect(editor).toContainText('已改动 10 天')

  await editor.getByRole('button', { name: '预览影响并应用…' }).click()
  const apply = page.getByTestId('holiday-apply')
  await expect(apply.getByTestId('holiday-moves-count')).toHaveText('按新日历，0 个在办期限的日期会变化：')
  await expect(apply).toContainText('应用后，已存的期限不会自动改变')
  await page.getByRole('button', { name: '确认应用' }).click()
  await expect(holidays.getByTestId('holiday-source')).toContainText('管理员录入')
  await expect(holidays.getByTestId('day-2028-10-09')).toContainText('休')
  await expect(holidays.getByTestId('holiday-years-with-data')).toContainText('2028 · 管理员录入')
})

test('every settings tab with demo data (screenshots)', async ({ page }, testInfo) => {
  test.setTimeout(120_000)
  await openSettings(page)
  await createAdministrator(page, '管理员甲')
  await loadDemo(page)
  await screenshot(page, testInfo, 'demo')

  const tabs = [
    { label: '承办单位', name: 'units', testId: 'settings-units' },
    { label: '分类与届次', name: 'catalogues', testId: 'settings-sessions' },
    { label: '办理时限', name: 'deadlines', testId: 'settings-deadlines' },
    { label: '节假日', name: 'holidays', testId: 'settings-holidays' },
    { label: '备份与恢复', name: 'backup', testId: 'settings-backup' },
  ]
  for (const tab of tabs) {
    await openTab(page, tab.label)
    await expect(page.getByTestId(tab.testId)).toBeVisible()
    await screenshot(page, testInfo, tab.name)
  }

  await openTab(page, '分类与届次')
  await expect(page.getByTestId('settings-sessions')).toContainText('市十七届人大五次会议')
  await expect(page.getByTestId('settings-categories')).toContainText('经济发展')

  // Editing 2026: new days off would move open due dates — they are listed before applying.
  await openTab(page, '节假日')
  await page.getByRole('button', { name: '编辑2026年数据' }).click()
  // Two weeks of May (around the demo's "today") become days off: open reply deadlines there move later.
  for (const day of ['11', '12', '13', '14', '15', '18', '19', '20', '21', '22']) {
    await page.getByTestId(`day-2026-05-${day}`).click()
  }
  await page.getByRole('button', { name: '预览影响并应用…' }).click()
  await expect(page.getByTestId('holiday-moves-count')).toHaveText(/按新日历，[1-9]\d* 个在办期限的日期会变化/)
  await expect(
    page
      .getByTestId('holiday-apply')
      .getByRole('row', { name: /2026-05-\d\d.*2026-0[5-7]-\d\d/ })
      .first(),
  ).toBeVisible()
  await screenshot(page, testInfo, 'holiday-apply', false)
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^取\s?消$/ })
    .click()
  await page
    .getByTestId('holiday-editor')
    .getByRole('button', { name: /^取\s?消$/ })
    .click()

  // A unit's merge dialog says what moves.
  await openTab(page, '承办单位')
  const firstRow = page.getByTestId('settings-units').locator('tbody tr.ant-table-row').first()
  await firstRow.getByRole('button', { name: /^合\s?并$/ }).click()
  const merge = page.getByRole('dialog')
  await merge.getByRole('combobox').click()
  await page.locator('.ant-select-item-option').nth(1).click()
  await expect(merge.getByTestId('merge-preview')).toContainText('件建议')
  await screenshot(page, testInfo, 'merge', false)
})

test('after an edit of 2026 the administrator recomputes the moved due dates, logged on each suggestion', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000)
  await openSettings(page)
  await createAdministrator(page, '管理员甲')
  await loadDemo(page)

  // In the demo (as of 2026-05-20) several open reply dates fall on Wednesday 2026-05-06; make it a day off.
  await openTab(page, '节假日')
  await chooseYear(page, 2026)
  await page.getByRole('button', { name: '编辑2026年数据' }).click()
  await page.getByTestId('holiday-editor').getByTestId('day-2026-05-06').click()
  await page.getByRole('button', { name: '预览影响并应用…' }).click()
  const preview = page.getByTestId('holiday-apply')
  await expect(preview.getByTestId('holiday-moves-count')).toHaveText(/按新日历，[1-9]\d* 个在办期限的日期会变化/)
  const row = preview.getByRole('row', { name: /答复期限.*2026-05-06.*2026-05-07/ }).first()
  await expect(row).toBeVisible()
  const suggestionId = await row.getAttribute('data-suggestion-id')
  expect(suggestionId).toBeTruthy()
  await page.getByRole('button', { name: '确认应用' }).click()

  // Applied: the stored dates have not moved yet; recomputing them is offered, with a required reason.
  const step = page.getByTestId('holiday-recompute')
  await expect(step).toContainText('2026年节假日数据已应用')
  await expect(step.getByRole('row', { name: /答复期限.*2026-05-06.*2026-05-07/ }).first()).toBeVisible()
  await screenshot(page, testInfo, 'recompute-offer', false)
  await page.getByTestId('recompute-run').click()
  await expect(step).toContainText('请填写重新计算的理由')
  await step.getByTestId('recompute-reason').fill('2026年5月6日调整为休息日')
  await page.getByTestId('recompute-run').click()
  const summary = step.getByTestId('recompute-summary')
  await expect(summary).toContainText(/[1-9]\d* 件建议的 [1-9]\d* 个期限已重新计算/, { timeout: 60_000 })
  await screenshot(page, testInfo, 'recompute-done', false)
  await page.getByRole('button', { name: /^完\s?成$/ }).click()
  await expect(step).toBeHidden()

  // The suggestion's reply date is now 2026-05-07, and its timeline says what moved and why.
  await page.goto(`/index.html#/suggestions/${suggestionId}`)
  const detail = page.getByTestId('suggestion-detail')
  await expect(detail.getByTestId('due-reply').filter({ hasText: '2026年5月7日' }).first()).toBeVisible()
  const event = detail.locator('[data-event-type="due-dates-recomputed"]')
  await expect(event).toHaveCount(1)
  await expect(event).toContainText('重新计算期限')
  await expect(event).toContainText('答复期限：2026-05-06 → 2026-05-07')
  await expect(event).toContainText('理由：2026年5月6日调整为休息日')
  await expect(event).toContainText('操作人：管理员甲')
  await event.scrollIntoViewIfNeeded()
  await screenshot(page, testInfo, 'recompute-detail')
})

test('someone who is not an administrator sees settings read-only', async ({ page }) => {
  await openSettings(page, 'units')
  await createAdministrator(page, '管理员甲')
  // Forget the chosen operator (it is kept for the browser session only) to get back to the chooser.
  await page.evaluate(() => sessionStorage.clear())
  await page.reload()
  const gate = page.getByTestId('operator-gate')
  await gate.getByRole('button', { name: '添加人员' }).click()
  await gate.getByLabel('姓名').fill('经办员乙')
  await gate.getByLabel('角色').click()
  await page.locator('.ant-select-item-option[title="只读"]').click()
  await gate.getByRole('button', { name: '创建并进入' }).click()

  await expect(page.getByTestId('settings-read-only')).toHaveText(
    '设置和数据恢复仅限管理员操作。您当前以只读方式查看。',
  )
  await expect(page.getByRole('button', { name: '新增单位' })).toBeDisabled()
  await openTab(page, '备份与恢复')
  await expect(page.getByRole('button', { name: '从文件恢复…' })).toBeDisabled()
  await openTab(page, '演示数据')
  await expect(page.getByTestId('settings-demo').getByRole('button', { name: '载入演示数据' })).toBeDisabled()
})
