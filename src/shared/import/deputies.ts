/**
 * Deputies as lists write them: a lead deputy alone (`王某`), with a count (`王某等11名代表`, `王某等十一位代表`,
 * `王某 等11人`), or several names in the lead column (`王某、李某`: the first leads, the rest co-sign).
 */
import { parseSmallNumber, splitListWithOthers, squeeze } from './text'
import type { CellValue } from './types'

export interface LeadDeputy {
  leadDeputy: string
  /** All signers, lead included, when the text states a count. */
  signerCount: number | null
  /** Names after the first in the lead column. */
  extraSigners: string[]
}

const WITH_COUNT = /^(.+?)等([0-9０-９零〇一二两三四五六七八九十百]+)(?:名|位|个|人)?(?:代表|人)?$/

export function parseLeadDeputy(value: CellValue): LeadDeputy | null {
  const text = squeeze(value)
  if (text === '') return null
  const counted = WITH_COUNT.exec(text)
  if (counted && counted[1] !== undefined && counted[2] !== undefined) {
    const names = splitListWithOthers(counted[1]).items
    const [lead, ...rest] = names
    if (lead === undefined) return null
    return { leadDeputy: lead, signerCount: parseSmallNumber(counted[2]), extraSigners: rest }
  }
  const { items } = splitListWithOthers(text)
  const [lead, ...rest] = items
  if (lead === undefined) return null
  return { leadDeputy: lead, signerCount: null, extraSigners: rest }
}

/** Co-signers column: names split on 、，,；; and line breaks; a trailing 等 is dropped. */
export function parseCoSigners(value: CellValue): string[] {
  return splitListWithOthers(value).items
}
