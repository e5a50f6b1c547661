import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureFixtures, fixturePath } from '../../../scripts/make-fixtures'
import { previewImportFile } from '@renderer/workbook/read/importJob'
import { readWorkbook } from '@renderer/workbook/read/readWorkbook'
import { createImportWorkerHandler, type ImportWorkerMessage } from '@renderer/workbook/read/workerProtocol'
import ExcelJS from 'exceljs'

beforeAll(async () => {
  await ensureFixtures()
}, 60_000)

async function bigList(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('建议')
  sheet.addRow(['建议号', '标题', '领衔代表'])
  for (let i = 1; i <= rows; i++) sheet.addRow([i, `关于第${i}项的建议`, '王某'])
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe('import worker', () => {
  it('posts reading and normalising progress, then the preview', async () => {
    const messages: ImportWorkerMessage[] = []
    const handle = createImportWorkerHandler((m) => messages.push(m), previewImportFile)
    await handle({ type: 'preview', jobId: 7, bytes: await bigList(1200), options: {} })
    const progress = messages.filter((m) => m.type === 'progress').map((m) => m.type === 'progress' && m.progress)
    expect(progress).toEqual([
      { phase: 'reading', done: 0, total: 2 },
      { phase: 'reading', done: 1, total: 2 },
      { phase: 'reading', done: 2, total: 2 },
      { phase: 'normalising', done: 0, total: 1200 },
      { phase: 'normalising', done: 500, total: 1200 },
      { phase: 'normalising', done: 1000, total: 1200 },
      { phase: 'normalising', done: 1200, total: 1200 },
    ])
    const last = messages[messages.length - 1]
    expect(last?.type === 'done' && [last.jobId, last.preview.summary.new]).toEqual([7, 1200])
  })

  it('stops at the next batch when a cancel message arrives and answers cancelled', async () => {
    const messages: ImportWorkerMessage[] = []
    let handle: ReturnType<typeof createImportWorkerHandler> | null = null
    handle = createImportWorkerHandler((m) => {
      messages.push(m)
      if (m.type === 'progress' && m.progress.phase === 'normalising' && m.progress.done === 500) {
        void handle?.({ type: 'cancel', jobId: 3 })
      }
    }, previewImportFile)
    await handle({ type: 'preview', jobId: 3, bytes: await bigList(1200), options: {} })
    const last = messages[messages.length - 1]
    expect(last).toEqual({ type: 'failed', jobId: 3, error: { code: 'cancelled' } })
    expect(messages.some((m) => m.type === 'progress' && m.progress.done === 1000)).toBe(false)
  })

  it('reports a read failure as a coded error', async () => {
    const messages: ImportWorkerMessage[] = []
    const handle = createImportWorkerHandler((m) => messages.push(m), previewImportFile)
    await handle({
      type: 'preview',
      jobId: 1,
      bytes: new Uint8Array(readFileSync(fixturePath('legacy.xls'))),
      options: {},
    })
    expect(messages[messages.length - 1]).toEqual({ type: 'failed', jobId: 1, error: { code: 'legacy-format' } })
  })
})

describe('zip guard', () => {
  it('catches a zip whose entries inflate to more than they declare', async () => {
    const bytes = new Uint8Array(readFileSync(fixturePath('clean.xlsx')))
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    for (let p = 0; p + 46 <= bytes.length; p++)
      if (view.getUint32(p, true) === 0x02014b50) view.setUint32(p + 24, 10, true)
    const result = await readWorkbook(bytes)
    expect(result.ok ? 'read' : [result.error.code, result.error.detail]).toEqual(['zip-bomb', '[Content_Types].xml'])
  })
})
