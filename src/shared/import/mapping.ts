/**
 * Column mapping: header labels to fields by name and synonym, in priority order (`建议号` beats `序号` when a
 * list has both), then the operator's manual choices (`ColumnMapping`, also what a saved template holds).
 */
import { squeeze, toHalfWidth } from './text'
import type { ColumnMapping, HeaderColumn, ImportField, ImportIssue } from './types'
import { IMPORT_FIELDS } from './types'

/** Synonyms per field, best first. Matched on the cleaned label (no spaces, no `*`, no `（说明）`). */
export const FIELD_SYNONYMS: Record<ImportField, readonly string[]> = {
  number: ['建议号', '建议编号', '编号', '案号', '建议案号', '序号'],
  title: ['标题', '案由', '题目', '建议名称', '建议标题', '建议题目', '建议案由'],
  leadDeputy: ['领衔代表', '提出人', '代表姓名', '领衔人', '提出代表', '建议人', '代表'],
  coSigners: ['附议代表', '联名代表', '附议人', '联名人'],
  delegation: ['代表团', '所属代表团'],
  category: ['类别', '分类', '建议类别', '建议分类', '类型'],
  leadUnit: ['主办单位', '牵头单位', '承办单位', '主办', '牵头办理单位', '主办部门'],
  coUnits: ['协办单位', '会办单位', '协办', '会办', '协办部门'],
  content: ['内容', '建议内容', '正文'],
  receivedOn: ['日期', '提交时间', '收到日期', '提交日期', '收到时间', '登记日期', '提出日期', '收文日期'],
  session: ['届次', '会次', '届次会次', '会议', '届次会议'],
  public: ['是否公开', '公开', '公开属性'],
  key: ['是否重点', '重点建议', '是否重点建议', '重点'],
}

export const REQUIRED_FIELDS: readonly ImportField[] = ['number', 'title', 'leadDeputy']

export function cleanLabel(label: string): string {
  return toHalfWidth(squeeze(label))
    .replace(/[*:：]/g, '')
    .replace(/\([^)]*\)$/, '')
}

/** The field a label names and how strongly (lower is better), or null. */
export function matchField(label: string): { field: ImportField; rank: number } | null {
  const clean = cleanLabel(label)
  if (clean === '') return null
  let best: { field: ImportField; rank: number } | null = null
  for (const field of IMPORT_FIELDS) {
    FIELD_SYNONYMS[field].forEach((synonym, index) => {
      let rank: number | null = null
      if (clean === synonym) rank = index
      else if (synonym.length >= 3 && clean.length <= synonym.length + 3 && clean.startsWith(synonym))
        rank = 100 + index
      if (rank !== null && (best === null || rank < best.rank)) best = { field, rank }
    })
  }
  return best
}

/** Matches a two-row header cell: the sub-header first, then group+sub, then the group alone. */
export function matchHeaderCell(group: string, sub: string): { field: ImportField; rank: number } | null {
  if (sub !== '') return matchField(sub) ?? matchField(group + sub)
  return matchField(group)
}

export interface MappedColumns {
  columns: HeaderColumn[]
  mapping: Partial<Record<ImportField, number>>
  errors: ImportIssue[]
}

/**
 * Picks one column per field: automatic matches (best rank, then leftmost), then `manual` on top.
 * `matches[i]` is the automatic match of column i.
 */
export function mapColumns(
  labels: string[],
  matches: ({ field: ImportField; rank: number } | null)[],
  manual: ColumnMapping | undefined,
): MappedColumns {
  const mapping: Partial<Record<ImportField, number>> = {}
  const bestRank: Partial<Record<ImportField, number>> = {}
  matches.forEach((match, index) => {
    if (!match) return
    const current = bestRank[match.field]
    if (current === undefined || match.rank < current) {
      bestRank[match.field] = match.rank
      mapping[match.field] = index
    }
  })
  const errors: ImportIssue[] = []
  if (manual) {
    for (const field of IMPORT_FIELDS) {
      if (!(field in manual)) continue
      const choice = manual[field]
      if (choice === null || choice === undefined) {
        delete mapping[field]
        continue
      }
      const index =
        typeof choice === 'number'
          ? choice < labels.length && choice >= 0
            ? choice
            : -1
          : labels.findIndex((label) => cleanLabel(label) === cleanLabel(choice))
      if (index < 0) {
        errors.push({ code: 'mapping-column-not-found', params: { field, column: String(choice) } })
        continue
      }
      for (const other of IMPORT_FIELDS) if (other !== field && mapping[other] === index) delete mapping[other]
      mapping[field] = index
    }
  }
  for (const field of REQUIRED_FIELDS) {
    if (mapping[field] === undefined) errors.push({ code: 'missing-column', params: { field } })
  }
  const fieldOf = new Map<number, ImportField>()
  for (const field of IMPORT_FIELDS) {
    const index = mapping[field]
    if (index !== undefined) fieldOf.set(index, field)
  }
  const columns = labels.map((label, index) => ({ index, label, field: fieldOf.get(index) ?? null }))
  return { columns, mapping, errors }
}
