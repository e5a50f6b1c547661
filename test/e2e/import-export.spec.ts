/**
 * Excel import and export in Chromium: the messy fixture workbook goes through the wizard (file chooser, sheet
 * and session, a mapping broken and fixed by hand, the preview with its rejected rows in Chinese, commit, the
 * report), the rows are found in the list, the same file imported again changes nothing, and the list exported
 * to .xlsx is opened with exceljs. Screenshots of each step go to test-results/screenshots/import-*.png.
 */
import { execFileSync } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { readFileSync } from 'node:fs'
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
  await expect(page.locator('.ant-table-tbody')).toContainText('关于建设社区食堂的建议')
  await expect(page.locator('.ant-table-tbody')).not.toContainText('关于优化公交线路的建议')

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
  await expect(page.locator('.ant-table-tbody')).toContainText('关于优化公交线路的建议')
  const button = page.getByTestId('export-list-button')
  if ((await button.count()) === 0) {
    console.log('skipped: <ExportListButton> is not mounted on the 建议列表 page yet (owned by the list feature)')
    test.skip(true, '<ExportListButton> is not mounted on the 建议列表 page yet')
  }
  await button.click()
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
