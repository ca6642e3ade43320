// Every word of search from anywhere (domain.md §7), in one place.
export const searchLabels = {
  open: '搜索',
  shortcut: '在任何页面按 Ctrl+K 打开搜索',
  title: '搜索会议、诉求和村民',
  input: '搜索内容',
  placeholder: '村名、姓名、问题描述，或姓名拼音首字母（如 zsf）',
  loading: '正在读取…',
  failed: '读取失败',
  none: '没有找到',
  hint: '↑↓ 选择，回车打开，Esc 关闭',
  groups: { meeting: '会议', issue: '诉求', person: '村民' },
  more: (shown: number, total: number) =>
    `共 ${total} 条，显示前 ${shown} 条，请输入更多字缩小范围`,
} as const;
