// 签到表: pre-filled with the expected attendees, then blank rows, each row at least 1 cm high
// for a signature or a fingerprint; 应到 / 实到 / 请假 at the foot. Never a phone number (§6).
import type { Document } from 'docx';
import { liveBundle } from '../domain/bundle';
import { countAttendance } from '../domain/counts';
import { blankLine, bodyParagraph, dxaTable, labelledLine, titleParagraph, widest } from './blocks';
import type { Column } from './blocks';
import { mmToTwips, sizes, textWidth } from './layout';
import { documentTitle, meetingPlaceText, meetingTimeText, withPost } from './meeting-text';
import type { MeetingDocumentInput } from './minutes';
import { officialDocument } from './page';
import type { PageNumberPlacement } from './page';
import { maskPhonesInText } from './privacy';
import { textRuns } from './text-runs';

export type SignInSheetOptions = {
  pageNumbers?: PageNumberPlacement;
  /** Empty rows after the names, for those who were not expected. */
  blankRows?: number;
};

/** A row is 12 mm: room to sign or press a thumb (at least 1 cm, domain.md §5). */
export const signInRowHeight = mmToTwips(12);

export function buildSignInSheetDocument(
  input: MeetingDocumentInput,
  options: SignInSheetOptions = {},
): Document {
  const bundle = liveBundle(input.bundle);
  const m = bundle.meeting;
  const counts = countAttendance(bundle.attendance, m);
  const finished = m.status === '已结束';
  const columns: Column[] = [
    { title: '序号', align: 'center', fit: [widest.serial] },
    { title: '姓名', fit: [widest.name] },
    { title: '组', align: 'center', fit: ['10组'] },
    { title: '身份', fit: ['驻村工作队'] },
    { title: '签名（或按手印）', align: 'center', share: 2 },
    { title: '备注', align: 'center', share: 1 },
  ];
  // The sheet prints no phone (it passes from hand to hand): one typed into a name, a 组, the
  // place or the topics is left out too.
  const noPhones = (text: string) => maskPhonesInText(text, '（略）');
  const named = bundle.attendance.map((a, i) => [
    String(i + 1),
    noPhones(a.name),
    noPhones(a.group),
    noPhones(a.identity),
    '',
    a.status === '出席' ? '' : a.status,
  ]);
  const blank = Array.from({ length: options.blankRows ?? 10 }, (_, i) => [
    String(named.length + i + 1),
  ]);
  // Before the meeting, 实到 and 请假 are left blank on an underline, to be written by hand.
  const fill = (n: number) =>
    textRuns(finished ? ` ${n} ` : '\u3000\u3000', { underline: !finished });
  const children = [
    titleParagraph(documentTitle(m, '签到表')),
    labelledLine('时间', meetingTimeText(m)),
    labelledLine('地点', noPhones(meetingPlaceText(m))),
    labelledLine('主持人', noPhones(withPost(m.chairName, m.chairPost))),
    ...(m.topics.trim() === '' ? [] : [labelledLine('议题', noPhones(m.topics))]),
    blankLine(),
    dxaTable({
      size: sizes.siHao,
      width: textWidth.portrait,
      rowHeight: signInRowHeight,
      columns,
      rows: [...named, ...blank],
    }),
    blankLine(),
    bodyParagraph([
      ...textRuns(`应到 ${counts.expected} 人，实到`),
      ...fill(counts.present),
      ...textRuns('人，请假'),
      ...fill(counts.excused),
      ...textRuns('人。'),
    ]),
  ];
  return officialDocument({
    title: documentTitle(m, '签到表'),
    sections: [{ children }],
    ...(options.pageNumbers ? { pageNumbers: options.pageNumbers } : {}),
  });
}
