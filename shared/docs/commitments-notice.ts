// 承诺公示单: what was promised at one meeting, for the village notice board. Always the public
// variant (domain.md §6): villagers' names masked, no phone numbers, sensitive issues left out.
import type { Document } from 'docx';
import { liveBundle } from '../domain/bundle';
import { formatChineseDate } from '../domain/dates';
import { isCommitment } from '../domain/lifecycle';
import {
  blankLine,
  bodyParagraph,
  columnWidths,
  dxaTable,
  issuerAndDate,
  titleParagraph,
} from './blocks';
import { sizes, textWidth } from './layout';
import {
  deadlineText,
  documentTitle,
  issuerName,
  knownNames,
  meetingPlaceText,
  ownerText,
} from './meeting-text';
import type { MeetingDocumentInput } from './minutes';
import type { PageNumberPlacement } from './page';
import { officialDocument } from './page';
import { createRedactor } from './privacy';
import { textLines } from './text-runs';

export type CommitmentsNoticeOptions = {
  pageNumbers?: PageNumberPlacement;
  issuer?: string;
  /** The date printed under the issuer; the meeting date by default. */
  issuedOn?: string;
};

export function buildCommitmentsNoticeDocument(
  input: MeetingDocumentInput,
  options: CommitmentsNoticeOptions = {},
): Document {
  const bundle = liveBundle(input.bundle);
  const m = bundle.meeting;
  const redact = createRedactor('public', knownNames(bundle));
  const items = bundle.issues.filter((i) => isCommitment(i) && !i.sensitive);
  const issuer = issuerName(m, input.settings, options.issuer);
  const widths = columnWidths(textWidth.portrait, [8, 32, 28, 16, 16]);
  const titles = ['序号', '问题', '承诺', '责任人', '办结时限'];
  const lead =
    `${formatChineseDate(m.date)}，${issuer || '会议组织方'}在${meetingPlaceText(m) || '本村'}召开` +
    `${m.typeLabel || '屋场会'}。现将会上承诺办理的${items.length}件事项公示如下，接受群众监督。`;
  const children = [
    titleParagraph(documentTitle(m, '承诺事项公示')),
    bodyParagraph(lead),
    ...(items.length === 0
      ? [bodyParagraph('本次会议无需公示的承诺事项。')]
      : [
          dxaTable({
            size: sizes.xiaoSi,
            columns: titles.map((title, i) => ({
              title,
              width: widths[i] ?? 0,
              align: i === 0 || i === 4 ? 'center' : 'left',
            })),
            rows: items.map((issue, i) => [
              String(i + 1),
              textLines(redact.text(issue.description)).join(' '),
              textLines(redact.text(issue.target || issue.responseText)).join(' '),
              ownerText(issue),
              deadlineText(issue),
            ]),
          }),
        ]),
    bodyParagraph('对以上事项的办理情况，群众可向村（社区）或乡镇反映意见。'),
    blankLine(),
    ...issuerAndDate(issuer, formatChineseDate(options.issuedOn ?? m.date)),
  ];
  return officialDocument({
    title: documentTitle(m, '承诺事项公示'),
    sections: [{ children }],
    ...(options.pageNumbers ? { pageNumbers: options.pageNumbers } : {}),
  });
}
