// The words shared by every form field.
export const fieldLabels = {
  notChosen: '未选择',
  controlCharactersRemoved: (where: string, count: number) =>
    `“${where}”中有 ${count} 个不可见的控制字符，已移除`,
  /** Long enough to read while someone keeps talking. */
  noticeSeconds: 10,
} as const;
