// The photo section's words (domain.md §7).
export const photoLabels = {
  title: '照片',
  kind: '照片类别',
  add: '添加照片',
  adding: '正在处理照片…',
  added: (count: number) => `已添加 ${count} 张照片`,
  none: '还没有照片',
  caption: '照片说明',
  captionPlaceholder: '说明（可不填）',
  view: (what: string) => `查看大图：${what}`,
  delete: '删除照片',
  what: '照片',
  close: '关闭',
  saveFailed: '照片没有保存',
  captionFailed: '照片说明没有保存',
  rule: '照片会缩小到最长边 1600 像素、每张不超过 400 KB 后保存，拍摄地点等附加信息不保存。',
  untitled: (kind: string) => `${kind}照片`,
} as const;
