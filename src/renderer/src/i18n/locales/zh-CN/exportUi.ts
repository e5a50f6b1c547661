/** Texts of the export dialogs (namespace `exportUi`): the list export and the per-unit workbooks. */
import exportMessages from './export'

const exportUi = {
  xlsxFilter: 'Excel 工作簿',
  cancel: '取消',
  list: {
    button: '导出 Excel',
    title: '导出建议清单',
    intro: '将当前列表中的 {{count}} 件建议（按当前筛选和排序）导出为 Excel 工作簿。请选择要导出的列：',
    ok: '导出 {{count}} 件',
    all: '全选',
    defaults: '恢复默认列',
    saveTitle: '保存建议清单',
    saved: '已导出 {{count}} 件建议：{{path}}',
  },
  filters: {
    key: '重点建议',
    unit: '承办单位：{{unit}}',
    due: '{{date}} 前到期',
    query: '搜索“{{query}}”',
  },
  units: {
    intro:
      '为选定的承办单位各生成一个工作簿：交办清单用于交办时发给单位；答复情况表由单位离线填写后交回，在“导入答复工作簿”中读取。',
    kind: '工作簿类型',
    assignment: '交办清单',
    reply: '答复情况表',
    units: '承办单位',
    placeholder: '选择一个或多个承办单位',
    none: '还没有交办给任何单位的建议。',
    all: '全部单位',
    clear: '清空',
    combined: '另外生成一个包含全部所选单位的汇总工作簿',
    export: '导出（{{count}} 个单位）',
    saveTitle: '保存工作簿',
    saved: '已导出 {{count}} 个工作簿。',
  },
}

export default exportUi

declare module '../../namespaces' {
  interface AppNamespaces {
    exportUi: typeof exportUi
    /** The workbook texts (its file declares no type of its own): typed here for the screens' keys. */
    export: typeof exportMessages
  }
}
