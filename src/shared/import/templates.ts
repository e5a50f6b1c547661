/**
 * Mapping templates: the operator's column choices saved as plain JSON by the store and applied to the next file
 * from the same source (`options.mapping = template.mapping`). Saved by header label, so a template survives
 * columns moving around.
 */
import type { ColumnMapping, ImportPreview, MappingTemplate } from './types'
import { IMPORT_FIELDS } from './types'

export function templateFromPreview(preview: ImportPreview, name: string): MappingTemplate {
  const mapping: ColumnMapping = {}
  for (const field of IMPORT_FIELDS) {
    const index = preview.mapping[field]
    const column = index === undefined ? undefined : preview.columns[index]
    mapping[field] = column ? column.label : null
  }
  return { version: 1, name, mapping }
}
