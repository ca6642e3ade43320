// The words documents say about a meeting: its time, place, people and issues, as text.
import type { MeetingBundle } from '../domain/bundle';
import { formatChineseDate } from '../domain/dates';
import { commitmentDeadline } from '../domain/deadline';
import { isCommitment } from '../domain/lifecycle';
import type { Attendance, Issue, Meeting, Settings } from '../domain/schemas';
import { cleanText } from '../domain/text';
import { copyRules } from './privacy';
import type { Redactor } from './privacy';

const line = (s: string) =>
  cleanText(s)
    .replace(/[\t\r\n]+/g, ' ')
    .trim();

/** 2026年11月27日 19:30—21:30 */
export function meetingTimeText(m: Meeting): string {
  const times = [m.startTime, m.endTime].filter((t) => t !== '').join('—');
  return [formatChineseDate(m.date), times].filter((s) => s !== '').join(' ');
}

/** 石门镇石门村三组王家屋场（王大伯家禾坪）: the 乡镇 first, from the meeting's own data. */
export function meetingPlaceText(m: Meeting): string {
  const where = [line(m.township), line(m.village), line(m.group), line(m.host)]
    .filter((s) => s !== '')
    .join('');
  const place = line(m.place);
  if (where === '') return place;
  return place === '' ? where : `${where}（${place}）`;
}

/** A name with its post: 张三（乡党委副书记）. */
export function withPost(name: string, post: string): string {
  const n = line(name);
  const p = line(post);
  if (n === '') return '';
  return p === '' ? n : `${n}（${p}）`;
}

export function documentTitle(m: Meeting, suffix: string): string {
  return `${line(m.village)}${line(m.typeLabel) || '屋场会'}${suffix}`;
}

/** The body that signs a 纪要 or notice: the option, else the township's government. */
export function issuerName(m: Meeting, settings: Settings | undefined, issuer?: string): string {
  const given = line(issuer ?? '');
  if (given !== '') return given;
  const township = line(m.township) || line(settings?.township ?? '');
  if (/[乡镇]$/.test(township)) return `${township}人民政府`;
  if (township !== '') return township;
  const village = line(m.village);
  return village === '' ? '' : `${village}村民委员会`;
}

export function attendanceByStatus(list: readonly Attendance[], status: Attendance['status']) {
  return list.filter((a) => a.status === status);
}

/** 张三、李四（村支书）… one attendee as a name list entry. */
export function attendeeText(a: Attendance, redact: Redactor): string {
  const cadre = isCadre(a);
  const name = cadre ? line(a.name) : redact.person(a.name);
  const post = [line(a.unit), line(a.post)].filter((s) => s !== '').join('');
  return post === '' || (!cadre && redact.privacy === 'public') ? name : `${name}（${post}）`;
}

/** Identity tags that make an attendee a cadre: cadres stay named in every copy. */
const cadreTags = new Set(['乡镇干部', '县直部门', '村支两委', '驻村工作队']);

export function isCadre(a: Pick<Attendance, 'identity' | 'unit'>): boolean {
  return cadreTags.has(line(a.identity)) || line(a.unit) !== '';
}

export function namesText(list: readonly Attendance[], redact: Redactor): string {
  return list.map((a) => attendeeText(a, redact)).join('、');
}

/** Issues in the settings' category order, unknown categories after, in order of appearance. */
export function issuesByCategory(
  issues: readonly Issue[],
  settings: Settings | undefined,
): { category: string; issues: Issue[] }[] {
  const order = new Map((settings?.categories ?? []).map((c, i) => [c, i]));
  const groups = new Map<string, Issue[]>();
  for (const issue of issues) {
    const key = categoryText(issue);
    groups.set(key, [...(groups.get(key) ?? []), issue]);
  }
  const firstSeen = [...groups.keys()];
  return firstSeen
    .sort((a, b) => {
      const ia = order.get(a) ?? order.size + firstSeen.indexOf(a);
      const ib = order.get(b) ?? order.size + firstSeen.indexOf(b);
      return ia - ib;
    })
    .map((category) => ({ category, issues: groups.get(category) ?? [] }));
}

/** Issues left to follow after the meeting: the commitments and what is planned long term. */
export function assignedIssues(issues: readonly Issue[]): Issue[] {
  return issues.filter((i) => isCommitment(i) || i.responseType === '纳入规划');
}

/** The issues a document shows: everything, or in the public variant all but the sensitive. */
export function visibleIssues(bundle: MeetingBundle, redact: Redactor): Issue[] {
  return copyRules[redact.privacy].sensitiveIssues
    ? bundle.issues
    : bundle.issues.filter((i) => !i.sensitive);
}

/** 反映人, with the phone of the attendee who raised it when the privacy choice shows one. */
export function raisedByText(issue: Issue, bundle: MeetingBundle, redact: Redactor): string {
  const who = line(issue.raisedBy) || '匿名';
  const base =
    issue.collectiveHouseholds !== null
      ? `${redact.raisedBy(who)}（${issue.collectiveHouseholds}户）`
      : redact.raisedBy(who);
  const attendee = bundle.attendance.find((a) => a.id === issue.raisedByAttendanceId);
  const phone = attendee ? redact.phone(attendee.phone) : '';
  return phone === '' ? base : `${base}\n${phone}`;
}

/** 责任单位/责任人, or for a forwarded issue the receiving department. */
export function ownerText(issue: Issue): string {
  const unit = line(issue.unit) || line(issue.forwardedTo);
  return [unit, line(issue.owner)].filter((s) => s !== '').join('\n');
}

/** The 办结时限 as printed: a commitment's date (deadline.ts), 长期跟踪 for 纳入规划. */
export function deadlineText(issue: Issue): string {
  const deadline = commitmentDeadline(issue);
  if (deadline !== '') return formatChineseDate(deadline);
  return issue.responseType === '纳入规划' ? '长期跟踪' : '';
}

/** 问题类别, or 未分类 when none was chosen. */
export function categoryText(issue: Pick<Issue, 'category'>): string {
  return line(issue.category) || '未分类';
}

/** The words after a person that make the 屋场 host a place: 李德堃家院坝, 张三丰老屋. */
const hostPlace =
  /(?:家|屋场|禾坪|晒谷坪|地坪|堂屋|院坝|院子|院落|场院|大院|门前|门口|屋前|屋后|房前|老屋|新屋|祠堂)+$/;

/** What names a person in the 屋场 host: 李德堃家院坝 → 李德堃; 王家屋场, 李家祠堂 → nothing (a
 * family, not a person); and the whole host when no name of two to four characters is left
 * after the place words, so that the public copy masks it rather than print someone's name. */
function hostNames(host: string): string[] {
  const whole = line(host);
  const name = whole.replace(hostPlace, '');
  const length = [...name].length;
  if (length <= 1) return [];
  return [length <= 4 ? name : whole];
}

/**
 * The villagers' names a public copy masks wherever they occur: attendees who are not cadres,
 * those who raised issues, the 主事人 and the host of the 屋场. Cadres (主持人, 记录人, the
 * cadres present, attendees with a cadre tag or a unit) stay named.
 */
export function villagerNames(bundle: MeetingBundle): string[] {
  const m = bundle.meeting;
  const cadres = new Set(
    [
      m.chairName,
      m.recorderName,
      ...m.cadres.flatMap((c) => c.names.split(/[、，,；;\s]+/)),
      ...bundle.attendance.filter(isCadre).map((a) => a.name),
    ].map(line),
  );
  return [
    ...bundle.attendance.filter((a) => !isCadre(a)).map((a) => a.name),
    ...bundle.issues.map((i) => i.raisedBy),
    m.convener,
    ...hostNames(m.host),
  ]
    .map(line)
    .filter((name) => name !== '' && !cadres.has(name));
}
