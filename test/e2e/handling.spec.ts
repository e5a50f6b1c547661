/**
 * 办理记录 on the suggestion detail page, in Chromium, on the demo data's unit directory with "today" fixed:
 * a new suggestion is registered, accepted and assigned on 2026-06-01 (Monday); the lead unit asks to return it
 * within the limit and the office approves with reassignment (the chain shows both parts); the new unit signs
 * for it naming its people, records a phone call with the deputy, is refused an extension past the 6-month cap
 * (with the cap date) and granted one within it (the reply date changes, explained); on 2026-06-22 a return
 * request is refused with the limit date (the assignment list shows the passed limit as a closed window, not as
 * overdue); the assignment notice is printed, rendered to PDF and rasterised. A sent public B reply of the demo is
 * published and its promise fulfilled: both dates leave the detail page and the history records both.
 * Screenshots go to test-results/screenshots/handling-*.png, the PDF to test-results/screenshots/handling-notice.pdf.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Locator, Page, TestInfo } from '@playwright/test'
import { test, expect } from './support/fixtures'

const TITLE = '关于在城区增设公共自行车停放点的建议'

function screenshotDir(testInfo: TestInfo): string {
  const root = testInfo.config.configFile ? dirname(testInfo.config.configFile) : process.cwd()
  const dir = join(root, 'test-results', 'screenshots')
  mkdirSync(dir, { recursive: true })
  return dir
}

/**
 * The viewport with the handling panel scrolled into view. With the clock fixed, antd's messages never expire,
 * so they are hidden for the picture only.
 */
async function screenshot(page: Page, testInfo: TestInfo, name: string, focus?: Locator): Promise<void> {
  const hide = await page.addStyleTag({ content: '.ant-message { display: none !important; }' })
  await (focus ?? page.getByTestId('handling-panel')).scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(screenshotDir(testInfo), `handling-${name}.png`) })
  await hide.evaluate((node) => (node as Element).remove())
}

async function startWithDemoData(page: Page): Promise<void> {
  await page.clock.setFixedTime(new Date('2026-06-01T10:00:00+08:00'))
  await page.goto('/index.html#/settings?tab=demo')
  const gate = page.getByTestId('operator-gate')
  await expect(gate).toBeVisible()
  await gate.getByLabel('姓名').fill('办理员乙')
  await gate.getByRole('button', { name: '创建并进入' }).click()
  await page.getByTestId('settings-demo').getByRole('button', { name: '载入演示数据' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '载入演示数据' }).click()
  await expect(page.getByTestId('demo-status')).toHaveText('已载入演示数据', { timeout: 30_000 })
}

/** Picks an option of an antd Select by typing part of its label. */
async function choose(page: Page, select: Locator, label: string): Promise<void> {
  await select.click()
  await page.keyboard.type(label)
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).first().click()
}

/** Types a day into an antd DatePicker. */
async function pickDay(picker: Locator, day: string): Promise<void> {
  const input = picker
    .locator('input')
    .or(picker.and(picker.page().locator('input')))
    .first()
  await input.click()
  await input.fill(day)
  await input.press('Enter')
}

function part(page: Page, unit: string): Locator {
  return page.locator(`[data-testid="handling-assignment"][data-unit="${unit}"]`)
}

async function openTab(section: Locator, name: RegExp): Promise<void> {
  await section.getByRole('tab', { name }).click()
}

test('handling records: return and reassign, sign for, contact, extension cap, late return, notice', async ({
  page,
}, testInfo) => {
  // A long story on a machine that may be busy with other runs.
  test.setTimeout(240_000)
  await startWithDemoData(page)

  // Register a new suggestion and accept it.
  await page.goto('/index.html#/register')
  await page.getByTestId('register-number').fill('501')
  await page.getByTestId('register-title').fill(TITLE)
  await page.getByTestId('register-form').getByLabel('领衔代表').fill('王海燕')
  await page.getByTestId('register-content').fill('建议在地铁站和公交枢纽周边增设公共自行车停放点。')
  await page.getByTestId('register-content').press('Control+Enter')
  await expect(page.getByTestId('register-saved')).toContainText(TITLE)
  await page.goto('/index.html#/suggestions')
  await page.getByTestId('suggestion-search').locator('input').fill('公共自行车')
  await page.getByTestId('suggestion-row').filter({ hasText: TITLE }).click()
  await expect(page.getByTestId('detail-title')).toHaveText(TITLE)
  await page.getByTestId('command-accept').click()
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^立\s*案$/ })
    .click()
  await expect(page.getByTestId('detail-fields')).toContainText('已立案')

  // Assign it to 市教育局 (lead) from the handling panel, with the shared 交办 form.
  const panel = page.getByTestId('handling-panel')
  await expect(panel).toContainText('尚未交办')
  await panel.getByTestId('handling-assign').click()
  const assignForm = page.getByTestId('form-assign')
  await choose(page, assignForm.getByTestId('assign-lead'), '市教育局')
  await page.getByTestId('workflow-ok').click()
  await expect(assignForm).toBeHidden()
  const education = part(page, '市教育局')
  await expect(education).toHaveAttribute('data-state', 'assigned')

  // Return within the limit (2026-06-10), proposing 市民政局; the office approves and reassigns.
  await openTab(education, /退回与履历/)
  await expect(education.getByTestId('due-return-limit')).toContainText('2026年6月10日')
  await education.getByTestId('return-request').click()
  const requestForm = page.getByTestId('form-requestReturn')
  await expect(requestForm.getByTestId('return-limit')).toContainText('申请退回期限：2026年6月10日')
  await requestForm.getByTestId('return-reason').fill('停放点规划建设由民政和城管部门负责，不属本局职责')
  await choose(page, requestForm.locator('.ant-select').first(), '市民政局')
  await page.getByTestId('workflow-ok').click()
  await expect(requestForm).toBeHidden()
  await expect(education.getByTestId('return-pending')).toContainText('建议改由：市民政局')
  await education.getByTestId('return-approve').click()
  const decision = page.getByTestId('form-returnDecision')
  await expect(decision.getByTestId('reassign-to')).toContainText('市民政局')
  await page.getByTestId('workflow-ok').click()
  await expect(decision).toBeHidden()
  await expect(education).toHaveAttribute('data-state', 'returned')
  const civil = part(page, '市民政局')
  await expect(civil).toHaveAttribute('data-state', 'assigned')
  // The chain: the ended part and the one that replaced it, both kept.
  await openTab(civil, /退回与履历/)
  const chain = civil.getByTestId('assignment-chain')
  await expect(chain.getByTestId('chain-link')).toHaveCount(2)
  await expect(chain.getByTestId('chain-link').nth(0)).toContainText('市教育局')
  await expect(chain.getByTestId('chain-link').nth(0)).toContainText('已退回')
  await expect(chain.getByTestId('chain-link').nth(1)).toContainText('市民政局')
  await expect(chain.getByTestId('chain-link').nth(1)).toContainText('（当前）')
  await expect(education.getByTestId('return-event')).toHaveText([
    '2026年6月1日 申请退回：停放点规划建设由民政和城管部门负责，不属本局职责',
    '2026年6月1日 同意退回',
    '2026年6月1日 重新交办给 市民政局',
  ])
  await screenshot(page, testInfo, 'reassigned', chain)

  // Sign for it, naming the people responsible.
  await openTab(civil, /签收与责任人/)
  await civil.getByTestId('handling-sign-for').click()
  const signForm = page.getByTestId('form-signFor')
  await signForm.getByTestId('signfor-leader').fill('赵建国')
  await signForm.getByTestId('signfor-department').fill('社会事务处')
  await signForm.getByTestId('signfor-handler').fill('钱丽')
  await signForm.getByTestId('signfor-phone').fill('0571-87001234')
  await page.getByTestId('workflow-ok').click()
  await expect(signForm).toBeHidden()
  await expect(civil).toHaveAttribute('data-state', 'signed')
  const people = civil.getByTestId('handling-people')
  await expect(people).toContainText('2026年6月1日')
  await expect(people).toContainText('赵建国')
  await expect(people).toContainText('社会事务处')
  await expect(people).toContainText('钱丽')
  await expect(people).toContainText('0571-87001234')

  // A phone call with the deputy, recorded and listed by date.
  await openTab(civil, /沟通联系/)
  const contacts = civil.getByTestId('handling-contacts')
  await choose(page, contacts.getByTestId('contact-kind'), '电话')
  await pickDay(contacts.getByTestId('contact-on'), '2026-05-29')
  await contacts.getByTestId('contact-people').fill('王海燕代表；钱丽')
  await contacts.getByTestId('contact-summary').fill('电话了解代表关注的站点，约定实地查看')
  await contacts.getByTestId('contact-save').click()
  const rows = contacts.getByTestId('contact-row')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('2026年5月29日')
  await expect(rows.first()).toContainText('电话')
  await expect(rows.first()).toContainText('电话了解代表关注的站点，约定实地查看')
  await expect(civil.getByRole('tab', { name: /沟通联系（1）/ })).toBeVisible()
  await screenshot(page, testInfo, 'contacts', contacts)

  // Extension: past the cap (6 months from 2026-06-01 → 2026-12-01) is refused with the cap date.
  await openTab(civil, /延期/)
  const extension = civil.getByTestId('handling-extension')
  await expect(extension.getByTestId('due-reply')).toContainText('2026年9月1日')
  await expect(extension.getByTestId('extension-cap')).toContainText('延期最长至 2026年12月1日')
  await pickDay(extension.getByTestId('extension-until'), '2026-12-31')
  await extension.getByTestId('extension-reason').fill('涉及多个区的站点规划，需与城管部门协调')
  await extension.getByTestId('extension-request').click()
  await expect(extension.getByTestId('extension-refusal')).toHaveText('延期日期 2026-12-31 超过最长期限 2026-12-01')
  // Within the cap: requested, approved, and the reply date moves (explained).
  await pickDay(extension.getByTestId('extension-until'), '2026-10-30')
  await extension.getByTestId('extension-request').click()
  await expect(extension.getByTestId('extension-pending')).toContainText('申请延期至 2026年10月30日')
  await extension.getByTestId('extension-approve').click()
  await expect(extension.getByTestId('extension-pending')).toHaveCount(0)
  await expect(extension.getByTestId('due-reply')).toContainText('2026年10月30日')
  await expect(extension).toContainText('已延期至 2026年10月30日')
  await expect(extension.getByTestId('extension-event')).toHaveText([
    '2026年6月1日 申请延期至 2026年10月30日（涉及多个区的站点规划，需与城管部门协调）',
    '2026年6月1日 同意延期：2026年9月1日 → 2026年10月30日（涉及多个区的站点规划，需与城管部门协调）',
  ])
  await extension.getByTestId('due-reply').getByRole('button', { name: '为什么是这一天？' }).click()
  const explanation = page.getByTestId('due-explanation')
  await expect(explanation).toContainText('规则：规定日期 2026年10月30日')
  await expect(explanation).toContainText('原因：批准延期')
  await expect(page.locator('.ant-popover').filter({ has: explanation })).toHaveCSS('opacity', '1')
  await screenshot(page, testInfo, 'extension', extension)
  await page.keyboard.press('Escape')

  // Three weeks later the return limit (2026-06-10) has passed: the request is refused with the limit date.
  await page.clock.setFixedTime(new Date('2026-06-22T10:00:00+08:00'))
  await page.reload()
  await expect(civil).toHaveAttribute('data-state', 'signed')
  await openTab(civil, /退回与履历/)
  await civil.getByTestId('return-request').click()
  const lateForm = page.getByTestId('form-requestReturn')
  await expect(lateForm.getByTestId('return-limit')).toContainText('已超过申请退回期限（2026年6月10日）')
  await lateForm.getByTestId('return-reason').fill('仍认为不属本局职责')
  await page.getByTestId('workflow-ok').click()
  await expect(lateForm.getByTestId('workflow-refusal')).toHaveText('已超过申请退回期限（2026-06-10），不能再调整')
  await screenshot(page, testInfo, 'return-too-late', page.getByRole('dialog'))
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /取\s*消/ })
    .click()
  await expect(lateForm).toBeHidden()
  await expect(civil).toHaveAttribute('data-state', 'signed')
  // The assignment list: the passed limit is a closed window in grey, not "overdue"; the returned part keeps no
  // pending-request line.
  const cards = page.getByTestId('assignment')
  const civilCard = cards.filter({ hasText: '市民政局' })
  await expect(civilCard.getByTestId('return-limit-passed')).toContainText('2026年6月10日')
  await expect(civilCard.getByTestId('return-limit-passed')).toContainText('已过退回期限')
  await expect(civilCard.getByTestId('due-return-limit')).not.toContainText('逾期')
  await expect(cards.filter({ hasText: '市教育局' })).not.toContainText('申请退回：')

  // The assignment notice for 市民政局: printed (recorded by the browser host), then rendered to PDF.
  await openTab(civil, /签收与责任人/)
  await screenshot(page, testInfo, 'detail')
  await page.getByTestId('print-assignment-notice').click()
  await page.getByTestId('notice-print').click()
  await expect(page.getByText('已生成 1 份交办通知')).toBeVisible()
  const jobs = await page.evaluate(() => window.__hostTestHooks?.printJobs ?? [])
  expect(jobs).toHaveLength(1)
  const job = jobs[0]!
  expect(job.kind).toBe('print')
  expect(job.title).toBe('交办通知（市民政局）')
  expect(job.html).toContain('交办')
  expect(job.html).toContain('市民政局：')
  expect(job.html).toContain(TITLE)

  const pdfPath = join(screenshotDir(testInfo), 'handling-notice.pdf')
  const printPage = await page.context().newPage()
  await printPage.setContent(job.html)
  await printPage.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true })
  await printPage.close()
  // Table cells wrap: compare without white space.
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString('utf8').replace(/\s+/g, '')
  expect(text).toContain('关于交办市十七届人大五次会议代表建议的通知')
  expect(text).toContain('市民政局：')
  expect(text).toContain(`${TITLE}王海燕主办`)
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    pdfPath,
    join(screenshotDir(testInfo), 'handling-notice'),
  ])
  expect(existsSync(join(screenshotDir(testInfo), 'handling-notice-1.png'))).toBe(true)
})

test('a read-only operator sees the handling records and gets no action', async ({ page }, testInfo) => {
  await startWithDemoData(page)
  // A signed-for part from the demo (市人力资源和社会保障局, lead, 办理中).
  const detail = '/index.html#/suggestions/01JGFJK1E93D1TFAA7ZCW2YQ7X'
  await page.goto(detail)
  const panel = page.getByTestId('handling-panel')
  const lead = panel.getByTestId('handling-assignment').first()
  await expect(lead).toHaveAttribute('data-state', 'signed')
  await lead.getByRole('tab', { name: /沟通联系/ }).click()
  await expect(lead.getByTestId('contact-form')).toBeVisible()

  // Switch to a new read-only profile.
  // (The chooser comes back when the remembered operator is forgotten.)
  await page.evaluate(() => sessionStorage.removeItem('daibiao-jianyi.operatorId'))
  await page.reload()
  const gate = page.getByTestId('operator-gate')
  await gate.getByRole('button', { name: '添加人员' }).click()
  await gate.getByLabel('姓名').fill('查阅员丙')
  await gate.getByLabel('角色').click()
  await page.locator('.ant-select-dropdown:visible').getByText('只读', { exact: true }).click()
  await gate.getByRole('button', { name: '创建并进入' }).click()
  await page.goto(detail)
  await expect(panel.getByTestId('handling-read-only')).toHaveText('只读操作员：可以查看，不能录入')
  await expect(lead.getByTestId('handling-people')).toBeVisible()
  await lead.getByRole('tab', { name: /沟通联系/ }).click()
  await expect(lead.getByTestId('handling-contacts')).toBeVisible()
  await expect(lead.getByTestId('contact-form')).toHaveCount(0)
  await lead.getByRole('tab', { name: /延期/ }).click()
  await expect(lead.getByTestId('due-reply')).toBeVisible()
  await expect(lead.getByTestId('extension-form')).toHaveCount(0)
  await lead.getByRole('tab', { name: /退回与履历/ }).click()
  await expect(lead.getByTestId('return-request')).toHaveCount(0)
  await screenshot(page, testInfo, 'read-only')
})

test('publishing a sent public reply and fulfilling its promise close both dates', async ({ page }, testInfo) => {
  await startWithDemoData(page)
  // Demo 第41号 (市教育局, lead): a B reply sent on 2026-05-12, public and not yet published, one open promise.
  await page.goto('/index.html#/suggestions/01JGFJK1WCH6XGZXCE2Z9AHCA2')
  const card = page.getByTestId('assignment').filter({ hasText: '市教育局' })
  await expect(card.getByTestId('due-publish')).toContainText('2026年6月9日')
  await expect(card.getByTestId('due-follow-up')).toContainText('2026年11月12日')

  const education = part(page, '市教育局')
  await openTab(education, /公开与跟踪/)
  const after = education.getByTestId('handling-after-reply')
  await expect(after.getByTestId('reply-publicity')).toHaveText('公开')
  await expect(after.getByTestId('due-publish')).toContainText('2026年6月9日')
  await expect(after.getByTestId('due-publish')).toContainText('剩 6 个工作日')
  const promise = after.getByTestId('reply-promise')
  await expect(promise).toHaveCount(1)
  await expect(promise).toContainText('列入明年工作计划推进实施')
  await expect(promise.getByTestId('due-follow-up')).toContainText('2026年11月12日')
  await screenshot(page, testInfo, 'after-reply', after)

  // 记录公开 today (2026-06-01) on the government website: the publish date leaves the whole page.
  await after.getByTestId('publish-where').fill('市政府门户网站')
  await after.getByTestId('publish-record').click()
  await expect(after.getByTestId('reply-published')).toHaveText('已于 2026年6月1日 在市政府门户网站公开')
  await expect(page.getByTestId('due-publish')).toHaveCount(0)
  const history = page.getByTestId('detail-history')
  await expect(history.locator('[data-event-type="published"]')).toContainText('2026年6月1日')

  // 标记已兑现 with a note: the follow-up date leaves the page too.
  await promise.getByTestId('fulfil-note').fill('已纳入年度计划并启动实施')
  await promise.getByTestId('fulfil-record').click()
  await expect(promise.getByTestId('promise-fulfilled')).toContainText('已于 2026年6月1日 兑现')
  await expect(promise.getByTestId('promise-fulfilled')).toContainText('已纳入年度计划并启动实施')
  await expect(page.getByTestId('due-follow-up')).toHaveCount(0)
  const fulfilled = history.locator('[data-event-type="promise-fulfilled"]')
  await expect(fulfilled).toContainText('2026年6月1日')
  await expect(fulfilled).toContainText('已纳入年度计划并启动实施')
  await screenshot(page, testInfo, 'after-reply-done', after)
})
