/**
 * Search text for Chinese and mixed text: what is stored on a record (`Suggestion.searchText`) and how a query
 * is matched against it; plus character bigrams for similarity.
 *
 * Owns: `normaliseForSearch`, `buildSearchText`, `matchesQuery`, `bigrams`.
 *
 * Design: no word segmentation. Chinese has no spaces, and a user searching `停车` expects `停车难` and
 * `小区停车位` to match; plain substring matching does exactly that, while word segmentation (Intl.Segmenter,
 * dictionary based and engine dependent) would split `停车位` unpredictably and miss such hits. So both the stored
 * text and the query are folded the same way (NFKC: full-width letters/digits/spaces → half-width; lower case;
 * runs of whitespace → one space) and each space-separated query term must appear as a substring (AND).
 * For ranking similar titles, overlapping character bigrams are the usual segmentation-free measure for Chinese.
 */

/** NFKC (full-width → half-width), lower case, whitespace runs folded to one space, trimmed. */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** The stored search text of a record: its fields normalised and joined by a space; empty fields are left out. */
export function buildSearchText(fields: ReadonlyArray<string | number | null | undefined>): string {
  return fields
    .filter((f): f is string | number => f !== null && f !== undefined && f !== '')
    .map((f) => normaliseForSearch(String(f)))
    .filter((f) => f !== '')
    .join(' ')
}

/** The terms of a query: normalised, split on spaces (full-width spaces included), empty terms dropped. */
export function queryTerms(query: string): string[] {
  return normaliseForSearch(query)
    .split(' ')
    .filter((t) => t !== '')
}

/**
 * True when every term of `query` occurs in `searchText` (built by `buildSearchText`). An empty query matches
 * everything. A term has no spaces, so it never matches across two fields (they are joined by a space).
 */
export function matchesQuery(searchText: string, query: string): boolean {
  const terms = queryTerms(query)
  return terms.every((t) => searchText.includes(t))
}

/**
 * Distinct overlapping character pairs of the normalised text, punctuation, symbols and spaces removed, in order
 * of first occurrence: `bigrams('停车难')` → `['停车', '车难']`. A one-character text gives that character; an
 * empty one gives `[]`. Characters outside the BMP count as one.
 */
export function bigrams(text: string): string[] {
  const chars = Array.from(normaliseForSearch(text).replace(/[\p{P}\p{S}\s]/gu, ''))
  if (chars.length === 1) return [chars[0] ?? '']
  const seen = new Set<string>()
  for (let i = 0; i + 1 < chars.length; i++) seen.add(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`)
  return [...seen]
}
