/**
 * 交办看板 in Chromium: a batch of suggestions assigned in one step (due dates and their explanation shown in the
 * form, the unit that handled a similar suggestion offered first), a drag to a column the workflow forbids is
 * refused with the reason, and signing for from a card's menu. Screenshots of the stage view, the unit view and
 * the assign form go to test-results/screenshots/board-*.png.
 *
 * Data is seeded straight into the app's IndexedDB (the records a real installation would hold after
 * registration and review), then the page reloads so the board reads it.
 */
import { dirname, join } from 'node:path'
import type { Locator, Page, TestInfo } from '@playwright/test'
import { test, expect } from './support/fixtures'

// The machines running this are shared and busy: allow commands and re-renders time.
test.setTimeout(180_000)
const SLOW = { timeout: 30_000 }

const TODAY = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })

function shot(testInfo: TestInfo, name: string): string {
  const root = testInfo.config.configFile ? dirname(testInfo.config.configFile) : process.cwd()
  return join(root, 'test-results', 'screenshots', `board-${name}.png`)
}

async function seed(page: Page, today: string): Promise<void> {
  await page.evaluate(async (today) => {
    const addDays = (d: string, n: number) => {
      const t = new Date(`${d}T00:00:00Z`)
      t.setUTCDate(t.getUTCDate() + n)
      return t.toISOString().slice(0, 10)
    }
    const now = new Date().toISOString()
    const unit = (id: string, name: string, order: number, leader: string | null = null) => ({
      id,
      name,
      shortNames: [],
      aliases: [],
      type: 'government-department',
      order,
      active: true,
      successorId: null,
      contacts: { leader, department: leader ? '综合科' : null, contact: null, phone: leader ? '12345678' : null },
      history: [],
    })
    const suggestion = (id: string, n: number, title: string, stage: string, key = false) => ({
      id,
      sessionId: 'S1',
      numberText: String(n),
      number: String(n),
      numberSort: n,
      title,
      content: '',
      leadDeputy: '王红',
      coSigners: [],
      signerCount: null,
      delegation: '东城代表团',
      category: '城乡建设',
      receivedOn: '2026-01-14',
      publicity: { public: true, reason: null },
      key,
      tags: [],
      stage,
      stageReason: null,
      handledAsLetter: false,
      mergedIntoId: null,
      round: 1,
      searchText: title,
      createdAt: now,
      updatedAt: now,
      revision: 1,
    })
    const due = (kind: string, date: string) => ({
      kind,
      date,
      start: today,
      rule: { type: 'fixed-date', date },
      usedFallbackCalendar: false,
      computedAt: now,
      note: 'assigned',
    })
    const assignment = (id: string, suggestionId: string, unitId: string, state: string, replyIn: number) => ({
      id,
      suggestionId,
      unitId,
      role: 'lead',
      round: 1,
      state,
      assignedOn: addDays(today, -5),
      signedOn: state === 'assigned' ? null : addDays(today, -4),
      people: { leader: null, department: null, handler: null, phone: null },
      dueDates: [due('return-limit', addDays(today, 2)), due('reply', addDays(today, replyIn))],
      dueDateHistory: [],
      returnRequest: null,
      previousId: null,
      extendedTo: null,
      extensionRequest: null,
      createdAt: now,
      updatedAt: now,
      revision: 1,
    })
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('daibiao-jianyi')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const tx = db.transaction(['sessions', 'units', 'suggestions', 'assignments'], 'readwrite')
    tx.objectStore('sessions').put({
      id: 'S1',
      name: '市十七届人大五次会议',
      kind: 'session',
      term: 17,
      meeting: 5,
      year: 2026,
      startsOn: '2026-01-13',
      fixedReplyDate: null,
      order: 1,
      createdAt: now,
    })
    for (const u of [
      unit('U1', '市交通运输局', 1),
      unit('U2', '市教育局', 2, '李副局长'),
      unit('U3', '市卫生健康委员会', 3),
      unit('U4', '市住房和城乡建设局', 4),
    ])
      tx.objectStore('units').put(u)
    for (const s of [
      suggestion('A1', 101, '关于优化公交线路的建议', 'accepted'),
      suggestion('A2', 102, '关于增加公交班次的建议', 'accepted', true),
      suggestion('A3', 103, '关于改善医院停车难的建议', 'accepted'),
      suggestion('B1', 104, '关于建设学校食堂的建议', 'assigned'),
      suggestion('C1', 105, '关于老旧小区加装电梯的建议', 'assigned'),
      suggestion('H1', 90, '关于优化公交站点设置的建议', 'closed'),
    ])
      tx.objectStore('suggestions').put(s)
    tx.objectStore('assignments').put(assignment('AB1', 'B1', 'U2', 'assigned', 40))
    tx.objectStore('assignments').put(assignment('AC1', 'C1', 'U4', 'signed', 3))
    tx.objectStore('assignments').put({ ...assignment('AH1', 'H1', 'U1', 'closed', -30), assignedOn: '2025-03-01' })
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  }, today)
}

async function openSeededBoard(page: Page): Promise<void> {
  await page.goto('/index.html#/board')
  await page.getByTestId('operator-gate').getByRole('textbox').fill('张办事员')
  await page.getByRole('button', { name: '创建并进入' }).click()
  await expect(page.getByTestId('board')).toBeVisible()
  await seed(page, TODAY)
  await page.reload()
  await expect(page.getByTestId('board-column-to-assign').getByTestId('board-card')).toHaveCount(3, SLOW)
}

const column = (page: Page, stage: string) => page.getByTestId(`board-column-${stage}`)
const card = (page: Page, stage: string, number: string) =>
  column(page, stage).locator(`[data-testid="board-card"][data-number="${number}"]`)

/** Drags with the mouse the way a user does: press, move in steps, release over the target column. */
async function dragCard(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.hover()
  await page.mouse.down()
  const box = (await to.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 })
  await page.mouse.up()
}

test('assigns a batch in one step, showing due dates with their explanation', async ({ page }, testInfo) => {
  await openSeededBoard(page)
  await expect(column(page, 'to-assign').getByTestId('column-count')).toHaveText('3')
  await expect(column(page, 'closed').getByTestId('column-count')).toHaveText('1')
  await expect(card(page, 'handling', '105').getByTestId('card-days')).toHaveText(/剩 \d 个工作日|今日到期/)
  await expect(card(page, 'handling', '105')).toHaveAttribute('data-urgency', 'within5')
  await expect(card(page, 'to-assign', '102').getByTestId('card-key')).toBeVisible()
  await page.screenshot({ path: shot(testInfo, 'stages'), fullPage: true })

  await card(page, 'to-assign', '101').getByTestId('card-select').click()
  await card(page, 'to-assign', '102').getByTestId('card-select').click()
  await page.getByTestId('batch-assign').click()
  await expect(page.getByTestId('batch-assign')).toHaveText(/批量交办（2 件）/)

  const form = page.getByTestId('form-assign')
  await expect(form).toContainText('批量交办 2 件建议')
  // The unit that handled 关于优化公交站点设置的建议 is offered first.
  await expect(form.getByTestId('assign-recommendation').first()).toHaveText('市交通运输局')
  await form.getByTestId('assign-recommendation').first().click()
  const dueDates = form.getByTestId('assign-due-lead')
  await expect(dueDates).toContainText('答复期限')
  await expect(dueDates).toContainText('申请退回期限')
  await expect(dueDates).toContainText('内部审核签发期限')
  await expect(dueDates.getByTestId('due-explanation')).toContainText('规则：3 个月')
  await expect(dueDates.getByTestId('due-explanation')).toContainText('起算日')
  await page.screenshot({ path: shot(testInfo, 'assign-form') })

  await page.getByTestId('workflow-ok').click()
  await expect(page.getByText('已交办 2 件建议')).toBeVisible(SLOW)
  await expect(card(page, 'to-sign', '101')).toBeVisible(SLOW)
  await expect(card(page, 'to-sign', '102')).toBeVisible(SLOW)
  await expect(card(page, 'to-sign', '101').getByTestId('card-unit')).toHaveText('市交通运输局')
  await expect(column(page, 'to-assign').getByTestId('column-count')).toHaveText('1')
  await expect(column(page, 'to-sign').getByTestId('column-count')).toHaveText('3')

  await page.getByTestId('board-view').getByText('按承办单位').click()
  const units = page.getByTestId('board-unit-view')
  await expect(units.getByRole('row', { name: /市交通运输局/ })).toContainText('3')
  await page.screenshot({ path: shot(testInfo, 'units'), fullPage: true })
})

test('a drag to a column the workflow forbids is refused with the reason', async ({ page }) => {
  await openSeededBoard(page)
  await dragCard(page, card(page, 'to-assign', '103'), column(page, 'handling'))
  await expect(page.locator('.board-move-refusal')).toHaveText('不能从“待交办”直接移到“办理中”')
  await expect(card(page, 'to-assign', '103')).toBeVisible()

  // An allowed drag opens the matching form.
  await dragCard(page, card(page, 'to-assign', '103'), column(page, 'to-sign'))
  await expect(page.getByTestId('form-assign')).toBeVisible()
  await expect(page.getByTestId('form-assign')).toContainText('第103号：关于改善医院停车难的建议')
})

test('signs for from the card menu, naming who is responsible', async ({ page }) => {
  await openSeededBoard(page)
  await card(page, 'to-sign', '104').getByTestId('card-menu').click()
  await page.getByRole('menuitem', { name: '签收' }).click()
  const form = page.getByTestId('form-signFor')
  await expect(form.getByTestId('signfor-leader')).toHaveValue('李副局长')
  await form.getByTestId('signfor-handler').fill('赵经办')
  await page.getByTestId('workflow-ok').click()
  await expect(card(page, 'handling', '104')).toBeVisible(SLOW)
  await expect(column(page, 'to-sign').getByTestId('board-card')).toHaveCount(0)
})

test('filters persist across visits and the keyboard opens a card menu', async ({ page }) => {
  await openSeededBoard(page)
  await page.getByRole('checkbox', { name: '仅重点督办' }).check()
  await expect(page.getByTestId('board-total')).toHaveText('共 1 件')
  await page.reload()
  await expect(page.getByTestId('board-total')).toHaveText('共 1 件')
  await expect(page.getByRole('checkbox', { name: '仅重点督办' })).toBeChecked()
  await page.getByTestId('filter-reset').click()
  await expect(page.getByTestId('board-total')).toHaveText('共 6 件')

  await card(page, 'to-assign', '101').focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menuitem', { name: '交办', exact: true })).toBeVisible()
  await expect(page.getByRole('menuitem', { name: '不予立案' })).toBeVisible()
})

/** The stored board record under `key` in the app's database (the `meta` table), or null. */
async function storedMeta(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (key) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('daibiao-jianyi')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const get = db.transaction('meta').objectStore('meta').get(key)
          get.onsuccess = () => {
            resolve((get.result as { value?: unknown } | undefined)?.value ?? null)
            db.close()
          }
          get.onerror = () => reject(get.error)
        }
      }),
    key,
  )
}

test('reopens on its stored first screen, read-only, until the whole board is read', async ({ page }, testInfo) => {
  await openSeededBoard(page)
  await expect(page.getByTestId('board')).toHaveAttribute('data-drawn-from', 'live', SLOW)
  // The board keeps its first screen (counts and top cards) beside the snapshot once it is live: the one of the
  // seeded board (the empty board opened before the seed wrote one too, now stale).
  await expect
    .poll(() => storedMeta(page, 'board-first-screen').then((v) => (v as { total?: number } | null)?.total), SLOW)
    .toBe(6)

  // Next start: the full snapshot is held back until the test lets it through, so what shows first is the first
  // screen, read in the start-up worker.
  await page.addInitScript(() => {
    const held: IDBRequest[] = []
    ;(window as unknown as { releaseSnapshot: () => void }).releaseSnapshot = () => {
      for (const request of held.splice(0)) request.dispatchEvent(new Event('success'))
    }
    const get = IDBObjectStore.prototype.get
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
      const request = get.call(this, key)
      if (key === 'board-snapshot') {
        const hold = (e: Event) => {
          request.removeEventListener('success', hold, true)
          e.stopImmediatePropagation()
          held.push(request)
        }
        request.addEventListener('success', hold, true)
      }
      return request
    }
  })
  await page.reload()
  const board = page.getByTestId('board')
  await expect(board).toHaveAttribute('data-drawn-from', 'first-screen', SLOW)
  await expect(board).toHaveAttribute('data-updating', 'true')
  await expect(page.getByTestId('board-updating')).toBeVisible()
  await expect(page.getByTestId('board-total')).toHaveText('共 6 件')
  const counts = () =>
    Promise.all(
      ['to-assign', 'to-sign', 'handling', 'closed'].map((s) =>
        column(page, s).getByTestId('column-count').innerText(),
      ),
    )
  expect(await counts()).toEqual(['3', '1', '1', '1'])
  await expect(card(page, 'to-assign', '102')).toBeVisible()
  await expect(card(page, 'handling', '105')).toContainText('市住房和城乡建设局')
  // Nothing can be selected or dragged yet.
  await expect(page.getByTestId('card-select')).toHaveCount(0)
  await page.screenshot({ path: shot(testInfo, 'first-screen') })
  await page.evaluate(() => (window as unknown as { releaseSnapshot: () => void }).releaseSnapshot())

  await expect(board).toHaveAttribute('data-drawn-from', 'live', SLOW)
  await expect(board).toHaveAttribute('data-updating', 'false')
  expect(await counts()).toEqual(['3', '1', '1', '1'])
  await expect(page.getByTestId('card-select')).toHaveCount(3)
})

/** True when the column's whole width is inside the board's visible box (a narrow window also clips it below). */
async function horizontallyInside(target: Locator, board: { x: number; width: number }): Promise<boolean> {
  const box = await target.boundingBox()
  return box !== null && box.x >= board.x - 0.5 && box.x + box.width <= board.x + board.width + 0.5
}

/**
 * Presses on a card, moves to the board's edge and rests there until the target column has scrolled fully into
 * view, then releases over it (the way a user drags to a column out of sight).
 */
async function dragToHiddenColumn(page: Page, from: Locator, to: Locator, edge: 'left' | 'right'): Promise<void> {
  const board = (await page.getByTestId('board-columns').boundingBox())!
  await from.hover()
  await page.mouse.down()
  const y = board.y + board.height / 2
  const x = edge === 'right' ? board.x + board.width - 4 : board.x + 4
  await page.mouse.move(x, y, { steps: 12 })
  await expect.poll(() => horizontallyInside(to, board), SLOW).toBe(true)
  // Still dragging: the column under the resting pointer is highlighted as the drop target.
  await expect(page.locator('.board-column-over')).toHaveCount(1)
  const box = (await to.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 })
  await page.mouse.up()
}

test('dragging to the edge scrolls the board so every column can be reached', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 800 })
  await openSeededBoard(page)
  const columns = page.getByTestId('board-columns')
  const board = (await columns.boundingBox())!
  expect(await horizontallyInside(column(page, 'closed'), board)).toBe(false)
  expect(await columns.evaluate((el) => el.scrollLeft)).toBe(0)

  // To the far right: 已办结 comes into view and the drop reaches it (the workflow refuses the move).
  await dragToHiddenColumn(page, card(page, 'to-assign', '103'), column(page, 'closed'), 'right')
  await expect(page.locator('.board-move-refusal')).toHaveText('不能从“待交办”直接移到“已办结”')
  expect(await columns.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
  expect(await horizontallyInside(column(page, 'to-assign'), board)).toBe(false)

  // And back to the far left from the last column: 待交办 is reached again.
  await expect(page.locator('.board-move-refusal')).toHaveCount(0, SLOW)
  await dragToHiddenColumn(page, card(page, 'closed', '90'), column(page, 'to-assign'), 'left')
  await expect(page.locator('.board-move-refusal')).toHaveText('不能从“已办结”直接移到“待交办”')
  expect(await columns.evaluate((el) => el.scrollLeft)).toBe(0)
  expect(await horizontallyInside(column(page, 'closed'), board)).toBe(false)
})
