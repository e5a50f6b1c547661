/**
 * 建议登记 → 建议列表 → 建议详情 in Chromium: register a suggestion from the keyboard, get the duplicate-number
 * refusal before saving, find it in the list by a Chinese word of its title, open it, see the registered event,
 * accept it and see the accepted event; refusals are shown in words. Screenshots of the three screens (with the
 * demo data for the list and a detail with due dates) go to test-results/screenshots/.
 */
import { dirname, join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'
import { test, expect } from './support/fixtures'

const TITLE = '关于加快老旧小区停车位改造的建议'

function screenshotPath(testInfo: TestInfo, file: string): string {
  const root = testInfo.config.configFile ? dirname(testInfo.config.configFile) : process.cwd()
  return join(root, 'test-results', 'screenshots', file)
}

/** First run: create the administrator in the operator gate. */
async function enterAsAdministrator(page: Page, route: string): Promise<void> {
  await page.goto(`/index.html#${route}`)
  const gate = page.getByTestId('operator-gate')
  await expect(gate).toBeVisible()
  await gate.getByLabel('姓名').fill('李文')
  await gate.getByRole('button', { name: '创建并进入' }).click()
  await expect(gate).toBeHidden()
}

test('register, refuse a duplicate number, find it, open it, accept it', async ({ page }, testInfo) => {
  await enterAsAdministrator(page, '/register')
  const form = page.getByTestId('register-form')
  await expect(form).toBeVisible()

  // No session yet: add one inline.
  const adder = page.getByTestId('session-adder')
  await expect(adder).toContainText('还没有届次')
  await adder.getByLabel('届次名称').fill('市十七届人大五次会议')
  await adder.getByLabel('年份').fill('2026')
  await adder.getByTestId('session-add').click()
  await expect(page.getByTestId('register-session')).toContainText('市十七届人大五次会议')

  // Keyboard entry: Enter moves from the number to the title, Ctrl+Enter saves.
  const number = page.getByTestId('register-number')
  await number.fill('第0012号')
  await expect(form).toContainText('将按第12号登记')
  await number.press('Enter')
  await expect(page.getByTestId('register-title')).toBeFocused()
  await page.keyboard.type(TITLE)
  await page.keyboard.press('Enter')
  await expect(form.getByLabel('领衔代表')).toBeFocused()
  await page.keyboard.type('王海燕')
  await page.getByTestId('register-content').fill('建议对老旧小区闲置空地进行改造，增设停车位和充电桩。')
  await page.getByTestId('register-content').press('Control+Enter')

  const saved = page.getByTestId('register-saved')
  await expect(saved).toContainText(`已登记第12号建议《${TITLE}》`)
  // The form is ready for the next one: number and title cleared, session kept.
  await expect(number).toHaveValue('')
  await expect(page.getByTestId('register-title')).toHaveValue('')
  await expect(page.getByTestId('register-session')).toContainText('市十七届人大五次会议')
  await page.screenshot({ path: screenshotPath(testInfo, 'zh-CN-register.png') })

  // The same number written differently is refused before saving.
  await number.fill('12')
  await page.getByTestId('register-title').fill('关于另一件事的建议')
  await form.getByLabel('领衔代表').fill('张明')
  await expect(form).toContainText(`本届次已登记第12号建议《${TITLE}》，不能重复登记`)
  await page.getByTestId('register-save').click()
  await expect(form.locator('.ant-form-item-explain-error')).toHaveText([
    `本届次已登记第12号建议《${TITLE}》，不能重复登记`,
  ])
  await expect(saved).toContainText(`已登记第12号建议《${TITLE}》`)
  await page.screenshot({ path: screenshotPath(testInfo, 'zh-CN-register-duplicate.png') })

  // Find it in the list by a Chinese word of its title (only one suggestion was saved).
  await page.goto('/index.html#/suggestions')
  const search = page.getByTestId('suggestion-search').locator('input')
  await expect(page.getByTestId('suggestion-count')).toHaveText('共 1 件')
  await search.fill('停车')
  await expect(page).toHaveURL(/q=%E5%81%9C%E8%BD%A6/)
  const rows = page.getByTestId('suggestion-row')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(TITLE)
  await expect(rows.first()).toContainText('已登记')
  await search.fill('垃圾分类')
  await expect(page.getByTestId('list-no-match')).toContainText('没有符合条件的建议')
  await search.fill('停车')
  await rows.first().click()

  // The detail: fields and the registered event.
  await expect(page).toHaveURL(/#\/suggestions\/[0-9A-Z]{26}$/)
  await expect(page.getByTestId('detail-title')).toHaveText(TITLE)
  await expect(page.getByTestId('detail-fields')).toContainText('王海燕')
  const events = page.getByTestId('timeline-event')
  await expect(events).toHaveCount(1)
  await expect(events.nth(0)).toHaveAttribute('data-event-type', 'registered')
  await expect(events.nth(0)).toContainText('登记')
  await expect(events.nth(0)).toContainText('操作人：李文')

  // A refusal is shown in words: not accepting needs a reason.
  await page.getByTestId('command-not-accept').click()
  const dialog = page.getByTestId('dialog-not-accept')
  await dialog.getByRole('button', { name: '不予立案' }).click()
  await expect(dialog).toContainText('请填写理由')
  await dialog.getByRole('button', { name: /取\s*消/ }).click()

  // Accept it: the stage changes and the accepted event follows the registered one.
  await page.getByTestId('command-accept').click()
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^立\s*案$/ })
    .click()
  await expect(events).toHaveCount(2)
  await expect(events.nth(1)).toHaveAttribute('data-event-type', 'accepted')
  await expect(events.nth(1)).toContainText('立案')
  await expect(page.getByTestId('detail-fields')).toContainText('已立案')
  await expect(page.getByTestId('command-accept')).toHaveCount(0)
  await page.screenshot({ path: screenshotPath(testInfo, 'zh-CN-detail.png') })

  // Back in the list the row shows the new stage and the search is still there (kept in the URL).
  await page.getByTestId('detail-back').click()
  await expect(search).toHaveValue('停车')
  await expect(rows.first()).toContainText('已立案')
})

test('the list with the demo data: filters, urgency and a detail with explained due dates', async ({
  page,
}, testInfo) => {
  await enterAsAdministrator(page, '/settings?tab=demo')
  const load = page.getByRole('button', { name: '载入演示数据' })
  await load.click()
  await page.getByRole('dialog').getByRole('button', { name: '载入演示数据' }).click()
  await expect(page.getByTestId('demo-status')).toHaveText('已载入演示数据')

  await page.goto('/index.html#/suggestions')
  await expect(page.getByTestId('suggestion-count')).toHaveText('共 300 件')
  const rows = page.getByTestId('suggestion-row')
  // Virtualised: far fewer row elements than suggestions.
  expect(await rows.count()).toBeLessThan(60)
  expect(await rows.count()).toBeGreaterThan(5)
  await page.screenshot({ path: screenshotPath(testInfo, 'zh-CN-list.png') })

  // Filter to assigned suggestions: every visible row says so; the filter is in the URL.
  await page.getByTestId('filter-stage').click()
  await page.locator('.ant-select-dropdown').getByText('已交办', { exact: true }).click()
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/stage=assigned/)
  await expect(page.getByTestId('suggestion-count')).not.toHaveText('共 300 件')
  const stages = await page.getByTestId('suggestion-row').getByTestId('stage-tag').allTextContents()
  expect(stages.length).toBeGreaterThan(0)
  expect(new Set(stages)).toEqual(new Set(['已交办']))

  await rows.first().click()
  await expect(page.getByTestId('assignment').first()).toBeVisible()
  await page.getByTestId('due-reply').first().getByRole('button', { name: '为什么是这一天？' }).click()
  const explanation = page.getByTestId('due-explanation')
  await expect(explanation).toContainText('（当日不计入）')
  await expect(explanation).toContainText('到期日：')
  // Let the popover finish its opening animation before the picture.
  await expect(page.locator('.ant-popover').filter({ has: explanation })).toHaveCSS('opacity', '1')
  await page.screenshot({ path: screenshotPath(testInfo, 'zh-CN-detail-demo.png') })
})

test('the list sorts from its headers and is worked from the keyboard', async ({ page }) => {
  await enterAsAdministrator(page, '/settings?tab=demo')
  await page.getByRole('button', { name: '载入演示数据' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '载入演示数据' }).click()
  await expect(page.getByTestId('demo-status')).toHaveText('已载入演示数据')

  await page.goto('/index.html#/suggestions')
  await expect(page.getByTestId('suggestion-count')).toHaveText('共 300 件')
  const table = page.getByTestId('suggestion-table')
  const header = (name: string) => table.getByRole('columnheader', { name })
  const numbers = async () =>
    (await page.getByTestId('suggestion-row').locator('[role="cell"]:first-child').allTextContents()).slice(0, 4)
  // The numbers as entered: the demo data has them in the forms real lists use.

  // The default order is by number, ascending.
  await expect(header('建议号')).toHaveAttribute('aria-sort', 'ascending')
  await expect(header('标题')).toHaveAttribute('aria-sort', 'none')
  await expect(page.getByTestId('suggestion-count')).toHaveAttribute('data-status', 'ready')
  expect(await numbers()).toEqual(['第0001号', '2', '第0003号', '第0004号'])
  await page.getByTestId('sort-number').click()
  await expect(header('建议号')).toHaveAttribute('aria-sort', 'descending')
  await expect(page).toHaveURL(/sort=number%3Adesc|sort=number:desc/)
  expect(await numbers()).toEqual(['150', '149', '第0148号', '147'])
  await page.getByTestId('sort-title').click()
  await expect(header('标题')).toHaveAttribute('aria-sort', 'ascending')
  await expect(header('建议号')).toHaveAttribute('aria-sort', 'none')
  // Titles in Chinese collation order (by pinyin): 白 (bái) before the rest.
  await expect(page.getByTestId('suggestion-row').first().locator('[role="cell"]').nth(1)).toHaveText(
    '关于白水县促进高校毕业生就业创业的建议',
  )
  await page.getByTestId('sort-title').click()
  await expect(header('标题')).toHaveAttribute('aria-sort', 'descending')
  // A third click returns to the default order.
  await page.getByTestId('sort-title').click()
  await expect(header('建议号')).toHaveAttribute('aria-sort', 'ascending')
  await expect(page).not.toHaveURL(/sort=/)

  // Keyboard: the first row takes the focus, ↓ moves to the next, Enter opens it.
  const rows = page.getByTestId('suggestion-row')
  const second = await rows.nth(1).getAttribute('data-id')
  await rows.first().focus()
  await page.keyboard.press('ArrowDown')
  await expect(rows.nth(1)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/suggestions/${second}$`))
  await expect(page.getByTestId('suggestion-detail')).toBeVisible()
})
