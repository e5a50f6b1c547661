/**
 * The import pipeline's pure stages (cells in, records and coded errors out). The renderer's reader
 * (src/renderer/src/workbook/read) turns file bytes into a `WorkbookGrid`; everything after that lives here.
 */
export * from './types'
export {
  previewImport,
  previewImportSteps,
  chooseSheet,
  diffRecord,
  existingFromRecord,
  suggestionKey,
  CELL_LENGTH_LIMIT,
} from './preview'
export { planImportCommit, type CommitDecisions, type CommitPlan, type ExistingDecision } from './commitPlan'
export { detectHeader, fillMergesDown, type HeaderGuess } from './header'
export { FIELD_SYNONYMS, REQUIRED_FIELDS, mapColumns, matchField, cleanLabel } from './mapping'
export { normaliseRow, columnName } from './rows'
export { normaliseSuggestionNumber, type NormalisedNumber } from './suggestionNumber'
export { parseDay } from './dates'
export { parseLeadDeputy, parseCoSigners, type LeadDeputy } from './deputies'
export { createUnitResolver, similarity, editDistance, type UnitResolver } from './units'
export { cleanText, cleanParagraphs, splitList, splitListWithOthers, toHalfWidth, parseSmallNumber } from './text'
export { templateFromPreview } from './templates'
