// Every word the 村民名册 screen shows (domain.md §7), in one place.
import { rosterFieldLabels } from '../../../shared/roster';

export const rosterLabels = {
  title: '村民名册',
  fields: rosterFieldLabels,
  filters: '筛选条件',
  allVillages: '全部村(社区)',
  allGroups: '全部村民小组',
  search: '搜索',
  searchPlaceholder: '姓名或拼音首字母（如 zs 找张三）',
  clear: '清除筛选',
  showPhones: '显示完整电话号码',
  count: (shown: number, total: number) => `共 ${shown} 人（全部 ${total} 人）`,
  loading: '正在读取名册…',
  none: '名册中没有符合条件的人员',
  noTags: '—',
  columns: { seq: '序号' },
  // 导入
  importButton: '导入名册…',
  chooseTitle: '选择名册文件',
  chooseFilter: 'Excel 或 CSV 表格',
  chooseFailed: '无法打开所选文件',
  previewTitle: (fileName: string) => `导入名册：${fileName}`,
  fileRead: (format: 'csv' | 'xlsx', encoding: string, rows: number, headerRow: number) =>
    `已读取 ${rows} 行（${format === 'xlsx' ? 'Excel 表格' : `CSV 文本，${encoding} 编码`}），表头在第 ${headerRow} 行，其后的行为数据。`,
  mapping: '列对应',
  noColumn: '（无此列）',
  columnOption: (letter: string, heading: string) =>
    heading ? `${letter} 列（${heading}）` : `${letter} 列`,
  defaultVillage: '未填村(社区)的行归入',
  defaultVillagePlaceholder: '村(社区)名称，可不填',
  counts: (valid: number, errors: number, groups: number) =>
    `可导入 ${valid} 人，有误 ${errors} 行，重复 ${groups} 组`,
  skipRepeated: (n: number) => `跳过与名册或前面的行完全相同的 ${n} 行`,
  willImport: (n: number) => `将导入 ${n} 人`,
  errorsTitle: '有误的行（不会导入）',
  duplicatesTitle: '可能重复的人员（除跳过的行外都会导入，导入后可在“重复人员”中合并）',
  notesTitle: '说明',
  rowsTable: '导入预览',
  rowColumns: { row: '行号', status: '检查结果' },
  rowOk: '可导入',
  rowSkipped: '跳过（完全相同）',
  confirm: '确认导入',
  cancel: '取消',
  imported: (n: number, fileName: string) => `已从“${fileName}”导入 ${n} 人`,
  importFailed: '导入失败，名册未做任何改动',
  nothingToImport: '没有可导入的行',
  // 重复人员
  duplicatesButton: (n: number) => `重复人员（${n} 组）`,
  duplicatesPanel: '重复人员',
  noDuplicates: '名册中没有重复人员',
  sameName: (name: string, place: string) => `同名同组：${name}${place ? `（${place}）` : ''}`,
  samePhone: (phone: string) => `同一电话：${phone}`,
  keep: '保留此人',
  keepLabel: (name: string, place: string) =>
    `保留此人：${name}${place ? `（${place}）` : ''}，合并其余`,
  mergeConfirm: (keep: string, others: number) =>
    `只保留“${keep}”：此人缺少的信息和身份从另外 ${others} 条记录补入，那些记录删除，其参会记录改为指向此人。确定合并吗？`,
  mergeOk: '合并',
  merged: (name: string, others: number) => `已把 ${others} 条记录合并到“${name}”`,
  mergeFailed: '合并失败，名册未做任何改动',
  mergeStopped: (done: number) => `已合并 ${done} 条记录后出错，其余记录未合并`,
  close: '关闭',
  // 导出
  copy: '版本',
  // What the roster's sheet holds under each copy (buildRosterSheet), said under the choice.
  copyContents: {
    masked: '表格：姓名完整，电话号码脱敏（如138****1234）。',
    'internal-full': '表格：姓名和电话号码完整，仅供内部使用，请勿外传。',
    public: '表格：所有姓名脱敏（如张*明），不含电话号码，可以张贴公示。',
  },
  exportExcel: '导出 Excel',
  excelFilter: 'Excel 工作簿',
  excelWhat: (n: number) => `村民名册（Excel，${n} 人）`,
  saved: (fileName: string) => `已导出：${fileName}`,
  exportFailed: '导出失败',
} as const;
