// Every word the 设置 screen shows, in one place.
import type { Settings } from '../../../shared/domain/schemas';

export const settingsLabels = {
  title: '设置',
  fields: {
    township: '乡镇名称',
    meetingTypeLabel: '会议名称',
    defaultDeadlineDays: '默认办结时限（天）',
    categories: '问题类别',
    identityTags: '身份',
    satisfactionScale: '满意度',
    satisfiedValues: '计为满意的选项（用于销号，满意率默认同此）',
    closingRule: '销号条件',
    deadlineUnit: '办结时限计算方式',
    statistics: '统计口径',
  } satisfies Record<keyof Settings, string>,
  meetingTypeHint: '如：屋场会、院坝会、屋场恳谈会',
  restoreDefaults: '恢复默认设置',
  restored: '已恢复默认设置',
  restoreFailed: '恢复默认设置失败，原有设置未改动：',
  fallbacks: (names: string[]) =>
    `以下设置保存的内容无法读取，暂时显示默认值：${names.join('、')}。请检查后重新填写；其他设置已按保存的内容显示。`,
  loading: '正在读取设置…',
  about: '关于',
  version: '版本',
  dataFolder: '数据位置',
  logFolder: '日志位置',
  openLogFolder: '打开日志文件夹',
  logFolderFailed: '无法打开日志文件夹',
  statistics: {
    intro:
      '各项比率的计算方法，各地口径不同，可按本地要求选择。统计页面和导出的统计表按这里的口径计算，并在表格下方注明。',
    printed: (sentence: string) => `表格下方注明：${sentence}`,
    sameAsClosing: (answers: readonly string[]) =>
      `与销号相同，按“计为满意的选项”计（现为：${answers.length > 0 ? answers.join('、') : '未设定'}）`,
    ownAnswers: '单独设定满意率计为满意的回访结果',
    ownAnswersField: '满意率计为满意的回访结果',
  },
};
