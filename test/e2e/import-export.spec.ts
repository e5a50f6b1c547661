/**
 * Excel import and export in Chromium: the messy fixture workbook goes through the wizard (file chooser, sheet
 * and session, a mapping broken and fixed by hand, the preview with its rejected rows in Chinese, commit, the
 * report), the rows are found in the list, the same file imported again changes nothing, and the list exported
 * to .xlsx is opened with exceljs. Screenshots of each step go to test-results/screenshots/import-*.png.
 */
import { execFileSync } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { mkdirSync, readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import type { Page, TestInfo } from '@playwright/test'
import { test, expect as baseExpect } from './support/fixtures'

// The worker reads and checks the workbook; on a loaded 2-core machine that takes seconds, not milliseconds.
const expect = baseExpect.configure({ timeout: 30_000 })

const ROOT = resolve(__dirname, '../..')
const fixturePath = (name: string) => join(ROOT, 'test', 'fixtures', 'generated', name)

test.beforeAll(() => {
  // scripts/make-fixtures.ts is an ES module (import.meta); Playwright's loader compiles specs to CommonJS, so
  // its ensureFixtures() runs in a tsx child process (it writes only what is missing).
  execFileSync(
    'npx',
    ['tsx', '-e', "import('./scripts/make-fixtures.ts').then((m) => (m.ensureFixtures ?? m.default.ensureFixtures)())"],
    { cwd: ROOT, stdio: 'inherit' },
  )
})

const SESSION = '市十七届人大四次会议'

test.describe.configure({ timeout: 240_000 })

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const root = testInfo.config.configFile ? dirname(testInfo.config.configFile) : process.cwd()
  await page.screenshot({ path: join(root, 'test-results', 'screenshots', `import-${name}.png`) })
}

/** Opens #/import, creating the first operator on a fresh database. */
async function openImport(page: Page): Promise<void> {
  await page.goto('/index.html#/import')
  const create = page.getByRole('button', { name: '创建并进入' })
  const wizard = page.getByTestId('import-wizard')
  // Opening the database can take a while on a busy 2-core machine.
  await expect(create.or(wizard)).toBeVisible({ timeout: 30_000 })
  if (await create.isVisible()) {
    await page.getByLabel('姓名').fill('王敏')
    await create.click()
  }
  await expect(wizard).toBeVisible()
}

async function chooseFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '选择文件' }).click()
  await (await chooser).setFiles(fixturePath(file))
}

async function pickSelectOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click()
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click()
}

/** From a chosen file to the preview with the automatic mapping; creates the session when asked. */
async function toPreview(page: Page, createSession: boolean): Promise<void> {
  await expect(page.getByTestId('import-step-sheet')).toBeVisible()
  if (createSession) {
    await page.getByRole('button', { name: '新建届次' }).click()
    await page.getByLabel('新届次名称').fill(SESSION)
    await page.getByLabel('年份').fill('2025')
    await page.getByTestId('import-add-session').click()
  }
  await expect(page.getByLabel('所属届次', { exact: true }).locator('..')).toContainText(SESSION)
  await page.getByRole('button', { name: '下一步' }).click()
  await expect(page.getByTestId('import-step-mapping')).toBeVisible()
  await page.getByRole('button', { name: '生成预览' }).click()
  await expect(page.getByTestId('import-step-preview')).toBeVisible()
}

test('a messy workbook goes through the wizard, lands in the list, and a re-import changes nothing', async ({
  page,
}, testInfo) => {
  await openImport(page)
  await shot(page, testInfo, '1-file')
  await chooseFile(page, 'messy.xlsx')

  // Step 2: the list sheet and its two header rows were found; the batch gets its session.
  const sheetStep = page.getByTestId('import-step-sheet')
  await expect(sheetStep).toBeVisible()
  await expect(page.getByTestId('import-file-name')).toContainText('messy.xlsx')
  await expect(sheetStep).toContainText('自动识别的表头：第 3、4 行')
  await expect(page.getByTestId('import-header-labels')).toContainText('承办单位/主办')
  await page.getByRole('button', { name: '新建届次' }).click()
  await page.getByLabel('新届次名称').fill(SESSION)
  await page.getByLabel('年份').fill('2025')
  await page.getByTestId('import-add-session').click()
  await expect(sheetStep).toContainText(SESSION)
  await shot(page, testInfo, '2-sheet')
  await page.getByRole('button', { name: '下一步' }).click()

  // Step 3: the automatic mapping; take the title away (a required field: an error), then put it back by hand.
  const mapping = page.getByTestId('import-step-mapping')
  await expect(mapping).toBeVisible()
  await expect(page.getByTestId('mapping-leadUnit')).toContainText('承办单位/主办')
  await pickSelectOption(page, '标题对应的列', '（不导入）')
  await expect(mapping).toContainText('缺少必需的列：标题')
  await expect(page.getByRole('button', { name: '生成预览' })).toBeDisabled()
  await pickSelectOption(page, '标题对应的列', '标题')
  await expect(mapping).not.toContainText('缺少必需的列')
  await expect(page.getByTestId('import-mapping-table').getByRole('row', { name: /标题/ }).first()).toContainText(
    '手动',
  )
  await shot(page, testInfo, '3-mapping')
  await page.getByRole('button', { name: '生成预览' }).click()

  // Step 4: the preview with counts, a duplicate and the rejected rows with their reasons in Chinese.
  const preview = page.getByTestId('import-step-preview')
  await expect(preview).toBeVisible()
  const summary = page.getByTestId('import-summary')
  await expect(summary).toContainText('数据行7')
  await expect(summary).toContainText('新增4')
  await expect(summary).toContainText('不能导入2')
  await expect(summary).toContainText('文件内重复1')
  const table = page.getByTestId('import-preview-table')
  await expect(table).toContainText('关于加强老旧小区改造的建议')
  await expect(table).toContainText('王某等11名代表')
  await shot(page, testInfo, '4-preview')
  await preview.getByText(/^不能导入 2$/).click()
  await expect(table).toContainText('日期“2025-02-30”无法识别，或不是有效日期。')
  await expect(table).toContainText('缺少建议号。')
  await shot(page, testInfo, '4-preview-rejected')

  // Step 5 and 6: commit, then the report and its workbook of rows not imported.
  await page.getByTestId('import-commit').click()
  const report = page.getByTestId('import-step-report')
  await expect(report).toContainText('导入完成：新增 4 件，更新 0 件')
  await expect(report).toContainText('有 3 行没有导入')
  await shot(page, testInfo, '5-report')
  const download = page.waitForEvent('download')
  await report.getByRole('button', { name: '下载导入报告' }).click()
  const reportFile = await (await download).path()
  const reportBook = new ExcelJS.Workbook()
  await reportBook.xlsx.load(readFileSync(reportFile) as unknown as ArrayBuffer)
  const rejected = reportBook.getWorksheet('未导入的行')!
  expect(rejected.getRow(1).getCell(11).value).toBe('未导入原因')
  expect(rejected.rowCount).toBe(4)
  expect(rejected.getRow(3).getCell(10).value).toBe(11)
  expect(rejected.getRow(3).getCell(11).value).toBe(
    '日期“2025-02-30”无法识别，或不是有效日期。；承办单位“市民政局”不在单位名录中。相近的单位：（无）',
  )

  // The rows are in the list.
  await page.goto('/index.html#/suggestions')
  await page.getByTestId('suggestion-search').locator('input').fill('食堂')
  await expect(page.getByTestId('suggestion-table')).toContainText('关于建设社区食堂的建议')
  await expect(page.getByTestId('suggestion-table')).not.toContainText('关于优化公交线路的建议')

  // The same file again: nothing to change, the commit stays disabled.
  await page.goto('/index.html#/import')
  await chooseFile(page, 'messy.xlsx')
  await toPreview(page, false)
  await expect(page.getByTestId('import-summary')).toContainText('已存在无变化4')
  await expect(page.getByTestId('import-nothing-to-change')).toBeVisible()
  await expect(page.getByTestId('import-commit')).toBeDisabled()
  await shot(page, testInfo, '6-reimport')
})

test('a legacy .xls file gets a clear message and nothing else happens', async ({ page }, testInfo) => {
  await openImport(page)
  await chooseFile(page, 'legacy.xls')
  await expect(page.getByTestId('import-read-error')).toContainText('请在 Excel 或 WPS 中“另存为” .xlsx 格式后再导入')
  await expect(page.getByTestId('import-step-sheet')).toHaveCount(0)
  await shot(page, testInfo, '7-legacy')
})

test('the list exports to an .xlsx with a title row, the header and the values', async ({ page }) => {
  await openImport(page)
  await chooseFile(page, 'messy.xlsx')
  await toPreview(page, true)
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-step-report')).toBeVisible()

  await page.goto('/index.html#/suggestions')
  await page.getByTestId('suggestion-search').locator('input').fill('公交')
  await expect(page.getByTestId('suggestion-table')).toContainText('关于优化公交线路的建议')
  await page.getByTestId('export-list-button').click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: /^导出 1 件$/ }).click()
  const file = await (await download).path()
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet('建议清单')!
  expect(sheet.getCell('A1').value).toBe('代表建议清单')
  const headerRow = [2, 3].find((r) => sheet.getRow(r).getCell(1).value === '届次')!
  expect(sheet.getRow(headerRow).getCell(2).value).toBe('建议号')
  expect(sheet.getRow(headerRow).getCell(3).value).toBe('案由')
  expect(sheet.getRow(headerRow + 1).getCell(1).value).toBe(SESSION)
  expect(sheet.getRow(headerRow + 1).getCell(2).value).toBe('0124')
  expect(sheet.getRow(headerRow + 1).getCell(3).value).toBe('关于优化公交线路的建议')
})

/** On a fresh database: the first operator, then the demo data (its unit directory) from the settings page. */
async function startWithDemoUnits(page: Page): Promise<void> {
  await page.clock.setFixedTime(new Date('2026-06-01T10:00:00+08:00'))
  await page.goto('/index.html#/settings?tab=demo')
  const gate = page.getByTestId('operator-gate')
  await expect(gate).toBeVisible()
  await gate.getByLabel('姓名').fill('王敏')
  await gate.getByRole('button', { name: '创建并进入' }).click()
  await page.getByTestId('settings-demo').getByRole('button', { name: '载入演示数据' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '载入演示数据' }).click()
  await expect(page.getByTestId('demo-status')).toHaveText('已载入演示数据')
}

test('an imported batch is assigned as the file says, and the unit’s reply workbook comes back as a sent reply', async ({
  page,
}, testInfo) => {
  await startWithDemoUnits(page)

  // Import the messy list into a session of its own (the demo's sessions already use these numbers).
  await page.goto('/index.html#/import')
  await expect(page.getByTestId('import-wizard')).toBeVisible()
  await chooseFile(page, 'messy.xlsx')
  await expect(page.getByTestId('import-step-sheet')).toBeVisible()
  await page.getByRole('button', { name: '新建届次' }).click()
  await page.getByLabel('新届次名称').fill('市十七届人大六次会议')
  await page.getByLabel('年份').fill('2026')
  await page.getByTestId('import-add-session').click()
  await page.getByRole('button', { name: '下一步' }).click()
  await page.getByRole('button', { name: '生成预览' }).click()
  await page.getByTestId('import-commit').click()
  const report = page.getByTestId('import-step-report')
  await expect(report).toContainText('导入完成：新增 4 件，更新 0 件')

  // Review: 市交通运输委 is not in the directory; the others resolved by short name.
  await report.getByTestId('assign-from-file-open').click()
  const review = page.getByTestId('assign-from-file')
  await expect(review.locator('tbody tr.ant-table-row')).toHaveCount(4)
  await expect(review).toContainText('市住房和城乡建设局')
  await expect(review).toContainText('市卫生健康委员会')
  const unresolved = review.getByTestId('unresolved-unit')
  await expect(unresolved).toHaveCount(1)
  await expect(unresolved).toContainText('文件中写的是“市交通运输委”，通讯录中没有这个单位')
  await expect(review.getByTestId('assign-from-file-commit')).toBeDisabled()
  await expect(review).toContainText('还有 1 件的承办单位需要选择或略过。')
  await shot(page, testInfo, '7-assign-review')
  await unresolved.locator('.ant-select').click()
  await page.locator('.ant-select-dropdown:visible').getByTitle('市交通运输局', { exact: true }).click()
  await expect(review.getByTestId('assign-row-status').filter({ hasText: '可以交办' })).toHaveCount(4)
  // Assigned on 06-01: the reply is due three months later, 09-01.
  await expect(review.getByTestId('due-reply').first()).toContainText('2026年9月1日')
  await shot(page, testInfo, '7-assign-review-ready')
  await review.getByTestId('assign-from-file-commit').click()
  await expect(page.getByTestId('assign-from-file-done')).toContainText('已立案并交办 4 件建议')
  await shot(page, testInfo, '8-assigned')

  // The office exports 市教育局's reply workbook; the unit fills in its row for No. 126 offline.
  await page.goto('/index.html#/import')
  await page.getByRole('tab', { name: '导出交办清单与答复表' }).click()
  const panel = page.getByTestId('unit-workbooks')
  await panel.getByText('答复情况表', { exact: true }).click()
  await panel.getByLabel('承办单位').click()
  await page.locator('.ant-select-dropdown:visible').getByTitle('市教育局', { exact: true }).click()
  await page.keyboard.press('Escape')
  const download = page.waitForEvent('download')
  await panel.getByRole('button', { name: /导出（1 个单位）/ }).click()
  const exported = await (await download).path()
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(readFileSync(exported) as unknown as ArrayBuffer)
  const sheet = book.worksheets.find((w) => w.state !== 'hidden')!
  let headerRow = 0
  sheet.eachRow((row, n) => {
    if (headerRow === 0 && row.values && (row.values as unknown[]).includes('建议号')) headerRow = n
  })
  expect(headerRow).toBeGreaterThan(0)
  const column = (label: string) => (sheet.getRow(headerRow).values as unknown[]).indexOf(label)
  let target = 0
  sheet.eachRow((row, n) => {
    if (n > headerRow && row.getCell(column('届次')).text === '市十七届人大六次会议') target = n
  })
  expect(target).toBeGreaterThan(headerRow)
  expect(sheet.getRow(target).getCell(column('建议号')).text).toBe('126')
  const fill = (label: string, value: string | Date) => {
    sheet.getRow(target).getCell(column(label)).value = value
  }
  fill('答复日期', new Date(Date.UTC(2026, 5, 1)))
  fill('办理结果分类', 'A')
  fill('发文字号', 'X教复〔2026〕8号')
  fill('签发人', '周局长')
  fill('联系人', '吴老师')
  fill('联系电话', '83330000')
  fill('答复内容', '经认真研究，已会同交警部门在学校周边增设临时停车位，错峰放学。')
  mkdirSync(testInfo.outputDir, { recursive: true })
  const filled = join(testInfo.outputDir, 'reply-filled.xlsx')
  await book.xlsx.writeFile(filled)

  // Back at the office: read it, see the preview, write it. (A reload clears the export's toast, which never
  // times out under the fixed clock.)
  await page.reload()
  await page.getByRole('tab', { name: '导入答复工作簿' }).click()
  const replies = page.getByTestId('reply-workbook-import')
  const chooser = page.waitForEvent('filechooser')
  await replies.getByRole('button', { name: '选择答复情况表' }).click()
  await (await chooser).setFiles(filled)
  const row = replies.locator('tbody tr.ant-table-row').filter({ hasText: '关于缓解学校周边拥堵的建议' })
  await expect(row.getByTestId('reply-row-outcome')).toHaveText('登记为已答复')
  await expect(replies.getByTestId('reply-import-commit')).toHaveText('写入 1 条答复')
  await shot(page, testInfo, '9-reply-preview')
  await replies.getByTestId('reply-import-commit').click()
  await expect(replies.getByTestId('reply-import-result')).toContainText('答复已写入：登记已答复 1 件，保存答复稿 0 件')
  await shot(page, testInfo, '10-reply-written')

  // The same workbook again: nothing left to write.
  const again = page.waitForEvent('filechooser')
  await replies.getByRole('button', { name: '导入另一个答复工作簿' }).click()
  await (await again).setFiles(filled)
  await expect(row.getByTestId('reply-row-outcome')).toHaveCount(0)
  await expect(replies.getByTestId('reply-import-commit')).toBeDisabled()

  // The suggestion's page shows the reply as sent.
  await page.goto('/index.html#/suggestions')
  await page.getByTestId('suggestion-search').locator('input').fill('学校周边拥堵')
  await page.getByTestId('suggestion-table').getByText('关于缓解学校周边拥堵的建议').first().click()
  const detail = page.getByTestId('suggestion-detail')
  await expect(detail).toBeVisible()
  const sent = detail.locator('[data-testid="timeline-event"][data-event-type="reply-sent"]')
  await expect(sent).toHaveCount(1)
  await expect(sent).toContainText('答复代表')
  await shot(page, testInfo, '11-reply-on-detail')
})
