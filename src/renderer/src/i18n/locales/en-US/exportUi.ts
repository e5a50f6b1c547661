/** Texts of the export dialogs (namespace `exportUi`): the list export and the per-unit workbooks. */
export default {
  xlsxFilter: 'Excel workbook',
  cancel: 'Cancel',
  list: {
    button: 'Export to Excel',
    title: 'Export the list',
    intro:
      'Exports the {{count}} suggestion(s) of the current list (with its filters and order) to an Excel workbook. Choose the columns:',
    ok: 'Export {{count}}',
    all: 'All',
    defaults: 'Default columns',
    saveTitle: 'Save the list',
    saved: 'Exported {{count}} suggestion(s): {{path}}',
  },
  filters: {
    key: 'key suggestions',
    unit: 'unit: {{unit}}',
    due: 'due by {{date}}',
    query: 'search “{{query}}”',
  },
  units: {
    intro:
      'One workbook per chosen unit: the assignment list is sent with the assignment; the reply workbook is filled in offline by the unit and read back under “Import reply workbook”.',
    kind: 'Workbook',
    assignment: 'Assignment list',
    reply: 'Reply workbook',
    units: 'Handling units',
    placeholder: 'Choose one or more units',
    none: 'No suggestion has been assigned to a unit yet.',
    all: 'All units',
    clear: 'Clear',
    combined: 'Also one workbook with every chosen unit',
    export: 'Export ({{count}} unit(s))',
    saveTitle: 'Save the workbook',
    saved: '{{count}} workbook(s) exported.',
  },
}
