// A realistic demo township over ten years, from a seed: about 2,000 meetings, 60,000 attendance
// rows, 8,000 villagers, 20,000 issues and 40,000 history entries at scale 1, with rare characters
// in names and every lifecycle state. Every follow-up step goes through planFollowUp, the same
// gate the screens use, so the data never shows a state the rules forbid.
import { addDays } from '../domain/dates';
import { planFollowUp } from '../domain/follow-up';
import { statusForResponse } from '../domain/lifecycle';
import { blankAttendance, blankIssue, blankMeeting, reviseRecord } from '../domain/records';
import type {
  Attendance,
  Issue,
  Meeting,
  Person,
  ProgressEntry,
  RecordMeta,
} from '../domain/schemas';
import { defaultSettings, type Settings } from '../domain/schemas';
import { cadreLevels, type ResponseType } from '../domain/vocabulary';
import { addTerm } from '../domain/working-days';
import { emptyRecords, type ExchangeRecords } from '../exchange/format';
import { createRandom, type Random } from './random';
import * as words from './words';
import { planLifecycle } from './lifecycle-plan';

export type DemoOptions = { seed?: number; scale?: number; today?: string };
export type DemoTownship = { settings: Settings; records: ExchangeRecords; today: string };

export const demoSettings: Settings = {
  ...defaultSettings,
  township: '桥头河镇',
  deadlineUnit: '工作日',
};

const responseWeights: [ResponseType, number][] = [
  ['当场解决', 25],
  ['当场答复', 20],
  ['交办', 30],
  ['上报转办', 8],
  ['纳入规划', 7],
  ['矛盾调处', 5],
  ['不予支持', 5],
];

function weighted<T>(rng: Random, items: readonly [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let roll = rng.next() * total;
  for (const [item, w] of items) {
    roll -= w;
    if (roll < 0) return item;
  }
  return items[items.length - 1]![0];
}

export function personName(rng: Random): string {
  const given = Array.from({ length: rng.chance(0.7) ? 2 : 1 }, () =>
    rng.chance(0.04) ? rng.pick(words.rareChars) : rng.pick(words.givenChars),
  ).join('');
  return `${rng.pick(words.surnames)}${given}`;
}

export function generateTownship(options: DemoOptions = {}): DemoTownship {
  const rng = createRandom(options.seed ?? 2026);
  const scale = options.scale ?? 1;
  const today = options.today ?? '2026-11-30';
  const settings = demoSettings;
  const devices = Array.from({ length: 4 }, () => rng.uuid());
  const records = emptyRecords();
  const meta = (at: string, deviceId = rng.pick(devices)): RecordMeta => ({
    id: rng.uuid(),
    createdAt: at,
    updatedAt: at,
    rev: 1,
    deviceId,
    clock: { [deviceId]: 1 },
    deletedAt: null,
  });
  const start = addDays(today, -3650);
  const at = (date: string, hour = 20) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;

  // Villagers, in households of three or four, each village with its groups.
  const byPlace = new Map<string, Person[]>();
  const personCount = Math.max(60, Math.round(8000 * scale));
  let household = '';
  for (let i = 0; i < personCount; i++) {
    const village = words.villages[i % words.villages.length]!;
    const group =
      words.groupNames[Math.floor(i / words.villages.length) % words.groupNames.length]!;
    const name = personName(rng);
    if (i % (words.villages.length * 3) < words.villages.length) household = name;
    const person: Person = {
      ...meta(at(start, 8)),
      name,
      village,
      group,
      household: household || name,
      tags: [rng.chance(0.1) ? '党员' : rng.chance(0.05) ? '脱贫户/监测户' : '群众'],
      phone: rng.chance(0.5)
        ? `1${rng.pick(['38', '39', '58', '77', '86'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`
        : '',
    };
    records.persons.push(person);
    const key = `${village}/${group}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), person]);
  }

  const meetingCount = Math.max(3, Math.round(2000 * scale));
  const dates = Array.from({ length: meetingCount }, (_, i) =>
    // The last few meetings are still to come (筹备) or under way today (进行中).
    i >= meetingCount - 3 ? addDays(today, meetingCount - i - 2) : addDays(start, rng.int(0, 3640)),
  ).sort();
  for (const date of dates) {
    const village = rng.pick(words.villages);
    const group = rng.pick(words.groupNames);
    // The yard's group comes first; neighbours from the rest of the village join them.
    const own = byPlace.get(`${village}/${group}`) ?? [];
    const local = [...own, ...groupsOf(byPlace, village).filter((p) => p.group !== group)];
    const host = rng.pick(own.length > 0 ? own : local);
    const chair = rng.pick(words.cadres);
    const recorder = rng.pick(words.cadres);
    const status: Meeting['status'] = date > today ? '筹备' : date === today ? '进行中' : '已结束';
    const meeting: Meeting = {
      ...meta(at(date, 11)),
      ...blankMeeting(settings, date),
      status,
      village,
      group,
      host: `${host.name}家`,
      place: `${host.name}家禾坪`,
      startTime: '19:30',
      endTime: status === '已结束' ? '21:30' : '',
      topics: rng.pick(words.topics),
      chairName: chair.name,
      chairPost: chair.post,
      convener: host.name,
      recorderName: recorder.name,
      recorderPost: recorder.post,
      cadres: cadreLevels.map((level) => ({
        level,
        names: level === '乡镇' ? `${chair.name}、${recorder.name}` : '',
      })),
      policy: status === '已结束' ? '宣讲了医保缴费、防汛和人居环境整治政策。' : '',
      decisions: status === '已结束' ? '各户门前三包，每月评比一次。' : '',
      householdsCovered: rng.int(8, 40),
    };
    records.meetings.push(meeting);
    const attendees = addAttendance(rng, meeting, local, records, meta, at);
    if (status === '已结束') addIssues(rng, meeting, attendees, records, meta, at, today, settings);
    else if (status === '筹备') addPlannedIssues(rng, meeting, records, meta, at);
  }
  return { settings, records, today };
}

function groupsOf(byPlace: Map<string, Person[]>, village: string): Person[] {
  return words.groupNames.flatMap((g) => byPlace.get(`${village}/${g}`) ?? []);
}

type Meta = (at: string, deviceId?: string) => RecordMeta;
type At = (date: string, hour?: number) => string;

function addAttendance(
  rng: Random,
  meeting: Meeting,
  local: Person[],
  records: ExchangeRecords,
  meta: Meta,
  at: At,
): Attendance[] {
  const count = Math.min(local.length, rng.int(18, 38));
  const chosen = new Set<Person>();
  // Mostly the first (own-group) part of the list, which comes first.
  while (chosen.size < count) {
    const nearby = Math.min(local.length, Math.max(count * 2, 40));
    chosen.add(local[rng.int(0, nearby - 1)]!);
  }
  const rows: Attendance[] = [...chosen].map((p, order) => ({
    ...meta(at(meeting.date, 12), meeting.deviceId),
    ...blankAttendance(meeting.id, p.name, order),
    personId: p.id,
    group: p.group,
    household: p.household,
    identity: p.tags[0] ?? '群众',
    status: rng.chance(0.9) ? '出席' : rng.chance(0.5) ? '列席' : '请假',
    phone: p.phone,
  }));
  for (const cadre of [meeting.chairName, meeting.recorderName]) {
    const post = words.cadres.find((c) => c.name === cadre)?.post ?? '';
    rows.push({
      ...meta(at(meeting.date, 12), meeting.deviceId),
      ...blankAttendance(meeting.id, cadre, rows.length),
      identity: '乡镇干部',
      unit: `${meeting.township}人民政府`,
      post,
      status: '出席',
    });
  }
  records.attendance.push(...rows);
  return rows;
}

function addPlannedIssues(
  rng: Random,
  meeting: Meeting,
  records: ExchangeRecords,
  meta: Meta,
  at: At,
) {
  // Issues collected door to door before the meeting: not answered yet (登记).
  for (let seq = 1; seq <= 3; seq++) {
    const category = rng.pick(Object.keys(words.categoryWords));
    records.issues.push({
      ...meta(at(meeting.date, 9), meeting.deviceId),
      ...blankIssue(meeting, seq),
      category,
      description: rng.pick(words.categoryWords[category]!.issues),
    });
  }
}

function addIssues(
  rng: Random,
  meeting: Meeting,
  attendees: Attendance[],
  records: ExchangeRecords,
  meta: Meta,
  at: At,
  today: string,
  settings: Settings,
) {
  const villagers = attendees.filter((a) => a.identity !== '乡镇干部');
  const count = rng.int(6, 14);
  for (let seq = 1; seq <= count; seq++) {
    const category = rng.pick(Object.keys(words.categoryWords));
    const topic = words.categoryWords[category]!;
    const responseType = weighted(rng, responseWeights);
    const raiser = rng.chance(0.85) ? rng.pick(villagers) : null;
    const collective = raiser === null && rng.chance(0.6);
    const isFollowed = ['交办', '上报转办', '矛盾调处'].includes(responseType);
    const term = rng.pick([3, 7, 7, 7, 15, 30]);
    let issue: Issue = {
      ...meta(at(meeting.date, 13), meeting.deviceId),
      ...blankIssue(meeting, seq),
      source: rng.chance(0.2) ? '会前走访' : '现场',
      raisedBy: raiser?.name ?? (collective ? '集体反映' : '匿名'),
      raisedByAttendanceId: raiser?.id ?? null,
      collectiveHouseholds: collective ? rng.int(3, 30) : null,
      category,
      nature:
        category === '矛盾纠纷' ? '纠纷' : rng.pick(['咨询', '求助', '投诉', '建议'] as const),
      description: rng.pick(topic.issues),
      place: `${meeting.village}${meeting.group}`,
      urgency: rng.chance(0.1) ? '紧急' : '一般',
      sensitive: category === '矛盾纠纷' && rng.chance(0.5),
      responseType,
      responseText: isFollowed ? '会后限时办理，结果向群众反馈' : '已当场说明',
      respondedBy: meeting.chairName,
      unit: isFollowed ? rng.pick(topic.units) : '',
      owner: isFollowed ? rng.pick(words.cadres).name : '',
      deadline: isFollowed ? addTerm(meeting.date, term, settings.deadlineUnit) : '',
      target: isFollowed ? '按期办结并回访' : '',
      forwardedTo: responseType === '上报转办' ? rng.pick(topic.units) : '',
      status: statusForResponse(responseType),
    };
    const steps = planLifecycle(rng, issue, meeting.date, today, topic.results);
    for (const step of steps) {
      const plan = planFollowUp(issue, step, settings);
      if (!plan.ok) throw new Error(`demo step refused (${step.kind}): ${plan.reason}`);
      const stamp = { deviceId: issue.deviceId, now: at(step.date, 15) };
      issue = reviseRecord(issue, plan.issuePatch, stamp);
      const entry: ProgressEntry = { ...meta(stamp.now, issue.deviceId), ...plan.entry };
      records.progress.push(entry);
    }
    records.issues.push(issue);
  }
}
