/**
 * Folds the domain's refusals (found by `checkImportRows` before anything is written) into the preview: those
 * rows become rejected with an issue `refused` {code, …params}, and the counts follow. The commit plan then
 * leaves them out, exactly as the operator saw.
 */
import type { ImportPreview, PreviewRow } from '@shared/import/types'
import type { RowRefusal } from '../../store/importCommit'

export function withRefusals(preview: ImportPreview, refusals: readonly RowRefusal[]): ImportPreview {
  if (refusals.length === 0) return preview
  const byRow = new Map(refusals.map((r) => [r.rowNumber, r.error]))
  const rows: PreviewRow[] = preview.rows.map((row) => {
    const error = byRow.get(row.rowNumber)
    if (!error) return row
    return {
      ...row,
      status: 'rejected',
      errors: [...row.errors, { code: 'refused', params: { ...(error.params ?? {}), code: error.code } }],
    }
  })
  const count = (status: PreviewRow['status']) => rows.filter((r) => r.status === status).length
  const summary = {
    ...preview.summary,
    accepted: rows.filter((r) => r.status !== 'rejected').length,
    rejected: count('rejected'),
    new: count('new'),
    changed: count('exists-changed'),
    unchanged: count('exists-unchanged'),
  }
  summary.nothingToChange = summary.new === 0 && summary.changed === 0
  return { ...preview, rows, summary }
}
