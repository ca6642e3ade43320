// The tables of the statistics report (domain.md §4), the same for the .docx and the .xlsx: one
// table per group of figures, a row per village and 本期/累计, the township's total last, and
// under each table the definitions of what it counts, rates worded from the settings.
import { formatChineseDate } from '../domain/dates';
import type { Settings } from '../domain/schemas';
import type { Statistics, StatisticsRow } from '../domain/statistics';
import type { Figures } from '../domain/statistics-figures';
import { noNature, noResponse } from '../domain/statistics-figures';
import {
  describeRate,
  formatRate,
  rateLabels,
  ratePart,
  satisfiedAnswers,
} from '../domain/statistics-rates';
import type { RateKey } from '../domain/statistics-rates';
import { adoptingResponses } from '../domain/statistics-vocabulary';
import { cadreLevels, issueNatures, responseTypes } from '../domain/vocabulary';

export type StatisticsCell = number | string;
export type StatisticsTableRow = { place: string; scope: '本期' | '累计'; cells: StatisticsCell[] };
export type StatisticsTable = {
  /** "会议开展情况": the heading without its number. */
  heading: string;
  columns: string[];
  rows: StatisticsTableRow[];
  /** The sentences printed under the table, after "注：". */
  notes: string[];
};

/** The township's own row. */
export const townshipRowLabel = '全镇合计';
export const placeColumn = '村（社区）';
export const scopeColumn = '口径';

type Column = { title: string; value: (f: Figures) => StatisticsCell };

const cadreTitles = { 县: '县级干部', 乡镇: '乡镇干部', 村: '村干部', 驻村工作队: '驻村工作队' };
const statusTitles: [string, (f: Figures) => number][] = [
  ['已办结', (f) => f.finished],
  ['办理中', (f) => f.inProgress],
  ['其中逾期', (f) => f.overdue],
  ['规划跟踪', (f) => f.planned],
  ['待处置', (f) => f.unanswered],
  ['按期办结', (f) => f.onTime],
  ['已销号', (f) => f.closed],
];

const natures: (keyof Figures['byNature'])[] = [...issueNatures, noNature];
const responses: (keyof Figures['responses'])[] = [...responseTypes, noResponse];

export function statisticsTables(stats: Statistics, settings: Settings): StatisticsTable[] {
  const satisfied = satisfiedAnswers(settings);
  const rate = (key: RateKey): Column => ({
    title: rateLabels[key],
    value: (f) => formatRate(ratePart(key, f, settings.statistics, satisfied)),
  });
  const defineRates = (...keys: RateKey[]) =>
    keys.map((k) => describeRate(k, settings.statistics, satisfied));
  const asOf = formatChineseDate(stats.asOf);
  const table = (heading: string, columns: Column[], notes: string[]): StatisticsTable => {
    const rows = (place: string, row: StatisticsRow): StatisticsTableRow[] => [
      { place, scope: '本期', cells: columns.map((c) => c.value(row.current)) },
      { place, scope: '累计', cells: columns.map((c) => c.value(row.cumulative)) },
    ];
    return {
      heading,
      columns: columns.map((c) => c.title),
      rows: [
        ...stats.villages.flatMap((v) => rows(v.village, v)),
        ...rows(townshipRowLabel, stats.township),
      ],
      notes,
    };
  };
  return [
    table(
      '会议开展情况',
      [
        { title: '召开场次', value: (f) => f.meetings },
        { title: '覆盖村', value: (f) => f.villages },
        { title: '覆盖村民小组', value: (f) => f.groups },
        { title: '参会人次', value: (f) => f.present },
        { title: '群众人次', value: (f) => f.villagers },
        { title: '覆盖户数', value: (f) => f.households },
        ...cadreLevels.map((l) => ({ title: cadreTitles[l], value: (f: Figures) => f.cadres[l] })),
      ],
      [
        '参会人次为出席及列席人数之和；群众人次不含身份为乡镇干部、县直部门、村支两委、驻村工作队的参会人员',
        '覆盖户数按每场会议填写的户数计，未填写的按出席及列席人员的户主计，各场相加',
        '干部人次按会议记录中各级参会干部姓名计',
      ],
    ),
    table(
      '问题收集情况',
      [
        { title: '收集问题', value: (f) => f.issues },
        ...natures.map((n) => ({
          title: n,
          value: (f: Figures) => f.byNature[n],
        })),
        { title: '采纳建议', value: (f) => f.adopted },
      ],
      [
        `采纳建议为诉求性质为建议、处置方式为${adoptingResponses.join('、')}的问题`,
        `${noNature}为尚未填写诉求性质的问题`,
      ],
    ),
    table(
      '问题分类情况',
      stats.categories.map((c) => ({ title: c, value: (f: Figures) => f.byCategory[c] ?? 0 })),
      ['按问题类别统计收集的问题数'],
    ),
    table(
      '问题处置情况',
      [
        ...responses.map((r) => ({
          title: r,
          value: (f: Figures) => f.responses[r],
        })),
        rate('onTheSpot'),
      ],
      [...defineRates('onTheSpot'), '矛盾调处即化解矛盾纠纷数'],
    ),
    table(
      '问题办理情况',
      [
        ...statusTitles.map(([title, value]) => ({ title, value })),
        rate('completion'),
        rate('onTime'),
      ],
      [
        `办理情况为截至${asOf}的状态；逾期为办理中且已过办结时限的事项`,
        ...defineRates('completion', 'onTime'),
      ],
    ),
    table(
      '回访情况',
      [
        { title: '回访人次', value: (f) => f.visits },
        ...stats.answers.map((a) => ({
          title: a,
          value: (f: Figures) => f.visitsByAnswer[a] ?? 0,
        })),
        { title: '办结后已回访', value: (f) => f.visitedFinished },
        rate('followUp'),
        rate('satisfaction'),
      ],
      [
        `回访人次为截至${asOf}的全部回访次数，按回访结果分列`,
        ...defineRates('followUp', 'satisfaction'),
      ],
    ),
  ];
}

/** What 本期 and 累计 mean, printed once under the title, in the meeting's configured name. */
export function scopeNote(stats: Statistics, settings: Pick<Settings, 'meetingTypeLabel'>): string {
  const meetings = settings.meetingTypeLabel.trim() || '屋场会';
  return (
    `本期为${formatChineseDate(stats.range.start)}至${formatChineseDate(stats.range.end)}召开的${meetings}及其收集的问题；` +
    `累计为截至${formatChineseDate(stats.range.end)}召开的全部${meetings}及其收集的问题。` +
    '筹备中的会议和已删除的记录不计入。'
  );
}
