// The words of the export dialogs (one place, Chinese). What each copy contains comes from the
// copy rules (shared/docs/privacy.ts), so the dialog says exactly what the file holds.
export const exportLabels = {
  export: '导出',
  cancel: '取消',
  copy: '版本',
  pageNumbers: '页码',
  pageOuter: '双面打印（单页居右、双页居左）',
  pageCentred: '单面打印（页码居中）',
  withPhotos: (count: number) => `附照片（本场会议共${count}张）`,
  notFound: '找不到这场会议',
  saved: (fileName: string) => `已导出：${fileName}`,
  failed: '导出失败',
  incompleteTitle: '有承诺事项缺少内容',
  incompleteLead: '以下承诺事项公示前还缺少内容，公示单上会印“（待明确）”：',
  incompleteItem: (number: string, missing: readonly string[]) =>
    `${number}：缺少${missing.join('、')}`,
  goBack: '返回补充',
  goOn: '仍然导出',
} as const;
