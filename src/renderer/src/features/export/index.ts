/**
 * Export screens: the list export button the 建议列表 page mounts, and the per-unit workbooks panel (交办清单 and
 * reply workbooks) shown in the import section's exchange tab.
 */
export { ExportListButton, EXPORT_LIST_COLUMNS, type ExportListButtonProps } from './ExportListButton'
export { UnitWorkbooksPanel } from './UnitWorkbooksPanel'
export { describeFilters } from './describeFilters'
export { loadListRows } from './listRows'
