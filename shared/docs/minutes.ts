// 屋场会记录 and its 纪要 variant (GB/T 9704 §10.3) of one meeting.
import type { Document } from 'docx';
import type { MeetingBundle } from '../domain/bundle';
import { liveBundle } from '../domain/bundle';
import { formatChineseDate } from '../domain/dates';
import type { RecalledCommitment } from '../domain/recall';
import type { Photo, Settings } from '../domain/schemas';
import {
  blankLine,
  bodyParagraph,
  heading1,
  issuerAndDate,
  labelledLine,
  signatureLine,
  titleParagraph,
} from './blocks';
import { textWidth } from './layout';
import {
  attendanceByStatus,
  documentTitle,
  issuerName,
  meetingPlaceText,
  meetingTimeText,
  namesText,
  villagerNames,
  visibleIssues,
  withPost,
} from './meeting-text';
import type { Blocks } from './minutes-sections';
import {
  assignedTable,
  appendixList,
  attendanceAppendix,
  chineseOrdinal,
  countsText,
  issuesSection,
  textSection,
} from './minutes-sections';
import type { PageNumberPlacement } from './page';
import { officialDocument } from './page';
import { photoAppendix, photoAppendixTitle } from './photo-appendix';
import { createRedactor, printedPhotos } from './privacy';
import type { Privacy } from './privacy';
import {
  recallSection,
  recallTitle,
  recalledVillagerNames,
  visibleRecalled,
} from './recall-section';

export type MeetingDocumentInput = {
  bundle: MeetingBundle;
  settings?: Settings;
  /** 上次承诺落实情况 (domain/recall.ts): printed as a section of the 记录 and 纪要 when given. */
  recalled?: readonly RecalledCommitment[];
  /** 附照片: the meeting's photos, given when the user asks for them; the 记录 prints those its
   * copy allows (privacy.ts printedPhotos) as the appendix 现场照片. */
  photos?: readonly Photo[];
};

export type MeetingDocumentOptions = {
  privacy?: Privacy;
  pageNumbers?: PageNumberPlacement;
  /** Up to this many attendees are listed inline; more go to 附件1. */
  inlineAttendanceLimit?: number;
  /** The body that signs a 纪要 or notice; the township's government by default. */
  issuer?: string;
};

const statuses = ['出席', '列席', '请假'] as const;

function prepare(input: MeetingDocumentInput, options: MeetingDocumentOptions) {
  const bundle = liveBundle(input.bundle);
  const recalledAll = input.recalled ?? [];
  const redact = createRedactor(options.privacy ?? 'masked', [
    ...villagerNames(bundle),
    ...recalledVillagerNames(recalledAll),
  ]);
  const issues = visibleIssues(bundle, redact);
  const recalled = visibleRecalled(recalledAll, redact);
  const inline = bundle.attendance.length <= (options.inlineAttendanceLimit ?? 40);
  return { bundle, redact, issues, recalled, inline };
}

function body(input: MeetingDocumentInput, parts: ReturnType<typeof prepare>): Blocks {
  const { bundle, redact, issues, recalled } = parts;
  // Read out first at the meeting, after the policy: so it comes second, and the rest follow.
  const sections: [string, Blocks][] = [
    ['政策宣讲', textSection(bundle.meeting.policy, redact)],
    ...(recalled.length === 0
      ? []
      : [[recallTitle, recallSection(recalled, redact)] as [string, Blocks]]),
    ['群众反映问题及答复情况', issuesSection(issues, bundle, input.settings, redact)],
    ['交办事项', assignedTable(issues, bundle, redact)],
    ['议定事项', textSection(bundle.meeting.decisions, redact)],
    ...(bundle.meeting.notes.trim() === ''
      ? []
      : [['其他事项', textSection(bundle.meeting.notes, redact)] as [string, Blocks]]),
  ];
  return sections.flatMap(([title, blocks], i) => [
    heading1(`${chineseOrdinal(i + 1)}、${title}`),
    ...blocks,
  ]);
}

/** 屋场会记录: header facts, attendance, the body, and lines for the signatures. */
export function buildMinutesDocument(
  input: MeetingDocumentInput,
  options: MeetingDocumentOptions = {},
): Document {
  const parts = prepare(input, options);
  const { bundle, redact, inline } = parts;
  const m = bundle.meeting;
  const cadres = m.cadres
    .filter((c) => c.names.trim() !== '')
    .map((c) => `${c.level}：${redact.text(c.names)}`)
    .join('；');
  const facts: [string, string][] = [
    ['时间', meetingTimeText(m)],
    ['地点', redact.text(meetingPlaceText(m))],
    ['主持人', withPost(m.chairName, m.chairPost)],
    ['主事人', m.convener.trim() === '' ? '' : redact.person(m.convener)],
    ['记录人', withPost(m.recorderName, m.recorderPost)],
    ['议题', redact.text(m.topics)],
    ['参会干部', cadres],
    ['参会人员', countsText(bundle)],
  ];
  const attendance = inline
    ? statuses
        .map((s) => [s, attendanceByStatus(bundle.attendance, s)] as const)
        .filter(([, list]) => list.length > 0)
        .map(([s, list]) => labelledLine(s, namesText(list, redact)))
    : [labelledLine('人员名单', '见附件1')];
  const photos = printedPhotos(input.photos ?? [], redact.privacy);
  const appendices = [
    ...(inline ? [] : ['参会人员名单']),
    ...(photos.length === 0 ? [] : [photoAppendixTitle]),
  ];
  const children: Blocks = [
    titleParagraph(documentTitle(m, '记录')),
    ...facts.filter(([, v]) => v.trim() !== '').map(([k, v]) => labelledLine(k, v)),
    ...attendance,
    ...body(input, parts),
    ...appendixList(appendices),
    blankLine(true),
    signatureLine('主持人（签字）：', '记录人（签字）：', textWidth.portrait),
    ...(inline ? [] : attendanceAppendix(bundle.attendance, redact)),
    ...photoAppendix(photos, appendices.length, redact),
  ];
  return officialDocument({
    title: documentTitle(m, '记录'),
    sections: [{ children }],
    ...(options.pageNumbers ? { pageNumbers: options.pageNumbers } : {}),
  });
}

/** 屋场会纪要 (GB/T 9704 §10.3): narrative body, then 出席/列席/请假, issuer and date; no seal. */
export function buildSummaryDocument(
  input: MeetingDocumentInput,
  options: MeetingDocumentOptions = {},
): Document {
  const parts = prepare(input, options);
  const { bundle, redact, inline } = parts;
  const m = bundle.meeting;
  const issuer = issuerName(m, input.settings, options.issuer);
  const chair = withPost(m.chairName, m.chairPost);
  const topics = redact.text(m.topics).replace(/\s+/g, '、').trim();
  const lead =
    `${meetingTimeText(m)}，${issuer || '会议组织方'}在${redact.text(meetingPlaceText(m)) || '村'}召开` +
    `${m.typeLabel || '屋场会'}${chair ? `，会议由${chair}主持` : ''}` +
    `${topics ? `，围绕“${topics}”` : ''}宣讲政策、听取群众意见建议。现将会议情况纪要如下：`;
  const attendance = inline
    ? statuses
        .map((s) => [s, attendanceByStatus(bundle.attendance, s)] as const)
        .filter(([, list]) => list.length > 0)
        .map(([s, list]) => labelledLine(s, namesText(list, redact)))
    : [labelledLine('出席', `${countsText(bundle)}名单见附件1。`)];
  const children: Blocks = [
    titleParagraph(documentTitle(m, '纪要')),
    bodyParagraph(lead),
    ...body(input, parts),
    blankLine(),
    ...attendance,
    blankLine(),
    blankLine(),
    ...issuerAndDate(issuer, formatChineseDate(m.date)),
    ...(inline ? [] : attendanceAppendix(bundle.attendance, redact)),
  ];
  return officialDocument({
    title: documentTitle(m, '纪要'),
    sections: [{ children }],
    ...(options.pageNumbers ? { pageNumbers: options.pageNumbers } : {}),
  });
}
