// 承诺公示单: what was promised at one meeting, for the village notice board. Always the public
// copy (privacy.ts): villagers' names masked, no phone numbers, sensitive issues left out, no
// data part. A long description is summarised in the table and printed whole after it.
import type { Document } from 'docx';
import { liveBundle } from '../domain/bundle';
import { formatChineseDate } from '../domain/dates';
import { isCommitment } from '../domain/lifecycle';
import {
  blankLine,
  bodyParagraph,
  dxaTable,
  issuerAndDate,
  titleParagraph,
  widest,
} from './blocks';
import type { Column } from './blocks';
import { sizes, textWidth } from './layout';
import {
  deadlineText,
  documentTitle,
  issuerName,
  meetingPlaceText,
  ownerText,
  villagerNames,
  visibleIssues,
} from './meeting-text';
import { isLongText, issueNumber, tableSummary } from './minutes-sections';
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

/** The notice's one name: in its title, its file name and the menus. */
export const commitmentsNoticeName = '承诺公示单';

/** Printed where a commitment lacks a fact, so an empty cell never looks like a promise. */
const missing = '（待明确）';

export function buildCommitmentsNoticeDocument(
  input: MeetingDocumentInput,
  options: CommitmentsNoticeOptions = {},
): Document {
  const bundle = liveBundle(input.bundle);
  const m = bundle.meeting;
  const redact = createRedactor('public', villagerNames(bundle));
  const items = visibleIssues(bundle, redact).filter(isCommitment);
  const issuer = issuerName(m, input.settings, options.issuer);
  const columns: Column[] = [
    { title: '编号', align: 'center', fit: [widest.serial] },
    { title: '问题', share: 3 },
    { title: '承诺', share: 2 },
    { title: '责任单位/责任人', fit: [widest.unit] },
    { title: '办结时限', align: 'center', fit: [widest.date] },
  ];
  const place = redact.text(meetingPlaceText(m));
  const lead =
    `${formatChineseDate(m.date)}，${issuer || '会议组织方'}在${place || '本村'}召开` +
    `${m.typeLabel || '屋场会'}。现将会上承诺办理的${items.length}件事项公示如下，接受群众监督。`;
  const long = items.filter((i) => isLongText(redact.text(i.description)));
  const children = [
    titleParagraph(documentTitle(m, commitmentsNoticeName)),
    bodyParagraph(lead),
    ...(items.length === 0
      ? [bodyParagraph('本次会议无需公示的承诺事项。')]
      : [
          dxaTable({
            size: sizes.wuHao,
            width: textWidth.portrait,
            columns,
            rows: items.map((issue) => [
              String(issue.seq),
              tableSummary(redact.text(issue.description), issue),
              textLines(redact.text(issue.target || issue.responseText)).join('\n') || missing,
              ownerText(issue) || missing,
              deadlineText(issue) || missing,
            ]),
          }),
        ]),
    ...(long.length === 0
      ? []
      : [
          bodyParagraph('附：事项说明', true),
          ...long.flatMap((issue) => {
            const [first = '', ...rest] = textLines(redact.text(issue.description));
            return [
              bodyParagraph(`${issueNumber(issue)} ${first}`),
              ...rest.map((line) => bodyParagraph(line)),
            ];
          }),
        ]),
    bodyParagraph('对以上事项的办理情况，群众可向村（社区）或乡镇反映意见。'),
    blankLine(),
    ...issuerAndDate(issuer, formatChineseDate(options.issuedOn ?? m.date)),
  ];
  return officialDocument({
    title: documentTitle(m, commitmentsNoticeName),
    sections: [{ children }],
    ...(options.pageNumbers ? { pageNumbers: options.pageNumbers } : {}),
  });
}
