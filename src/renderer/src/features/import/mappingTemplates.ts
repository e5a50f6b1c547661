/**
 * Saved column mappings (导入模板) in the store's `importTemplates` table, kind `suggestions`. The table keeps
 * `header label → field`; the pipeline wants `field → header label` (`MappingTemplate.mapping`).
 */
import type { SuggestionDb, ImportTemplate } from '../../store/db'
import { newId } from '../../store/ids'
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '@shared/import/types'

export const TEMPLATE_KIND = 'suggestions'

export function listMappingTemplates(db: SuggestionDb): Promise<ImportTemplate[]> {
  return db.importTemplates.where('kind').equals(TEMPLATE_KIND).sortBy('name')
}

export function mappingOfTemplate(template: ImportTemplate): ColumnMapping {
  const mapping: ColumnMapping = {}
  for (const field of IMPORT_FIELDS) mapping[field] = null
  for (const [label, field] of Object.entries(template.mapping)) {
    if ((IMPORT_FIELDS as readonly string[]).includes(field)) mapping[field as ImportField] = label
  }
  return mapping
}

/** Saves (or replaces, by name) a template from the mapping in force: field → header label. */
export async function saveMappingTemplate(
  db: SuggestionDb,
  name: string,
  mapping: Partial<Record<ImportField, string>>,
  now: string,
): Promise<ImportTemplate> {
  const stored: Record<string, string> = {}
  for (const [field, label] of Object.entries(mapping)) if (label) stored[label] = field
  return db.transaction('rw', db.importTemplates, async () => {
    const same = await db.importTemplates
      .where('name')
      .equals(name)
      .filter((t) => t.kind === TEMPLATE_KIND)
      .first()
    const template: ImportTemplate = {
      id: same?.id ?? newId(),
      name,
      kind: TEMPLATE_KIND,
      mapping: stored,
      createdAt: same?.createdAt ?? now,
      updatedAt: now,
    }
    await db.importTemplates.put(template)
    return template
  })
}
