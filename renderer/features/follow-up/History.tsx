// An issue's history: where it came from (the meeting), then every step in the order it happened,
// each with when and on which device it was recorded, and its photos (a fix before and after).
import { Tag, Timeline, Typography } from 'antd';
import { formatChineseDate } from '../../../shared/domain/dates';
import type { Issue, Meeting, ProgressEntry } from '../../../shared/domain/schemas';
import { PhotoPanel } from '../photos/PhotoPanel';
import { followUpLabels as labels } from './labels';

function recordedAt(entry: ProgressEntry): string {
  const at = new Date(entry.createdAt);
  const time = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')} ${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  return labels.recorded(time, entry.deviceId.slice(0, 8));
}

function details(entry: ProgressEntry): string {
  return [
    entry.method,
    entry.by,
    entry.department,
    entry.satisfaction ? `${labels.fields.satisfaction}：${entry.satisfaction}` : '',
    entry.nextReviewOn
      ? `${labels.fields.nextReviewOn}：${formatChineseDate(entry.nextReviewOn)}`
      : '',
  ]
    .filter((s) => s !== '')
    .join(' · ');
}

export function History({
  issue,
  meeting,
  history,
}: {
  issue: Issue;
  meeting: Meeting | undefined;
  history: ProgressEntry[];
}) {
  const origin = meeting
    ? [
        {
          key: 'origin',
          children: labels.origin(
            formatChineseDate(meeting.date),
            meeting.typeLabel,
            issue.responseType ?? '',
          ),
        },
      ]
    : [];
  const items = history.map((entry) => ({
    key: entry.id,
    children: (
      <div data-testid="history-entry">
        <Typography.Text strong>{formatChineseDate(entry.date)} </Typography.Text>
        <Tag>{entry.kind}</Tag>
        {entry.toStatus ? <Tag color="blue">{labels.toStatus(entry.toStatus)}</Tag> : null}
        <Typography.Text type="secondary">{details(entry)}</Typography.Text>
        {entry.text ? <div className="history-text">{entry.text}</div> : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {recordedAt(entry)}
        </Typography.Text>
        <PhotoPanel
          meetingId={issue.meetingId}
          progressId={entry.id}
          label={labels.entryPhotos(formatChineseDate(entry.date), entry.kind)}
        />
      </div>
    ),
  }));
  return (
    <section aria-label={labels.history}>
      <Typography.Title level={4}>{labels.history}</Typography.Title>
      {items.length === 0 ? (
        <Typography.Paragraph>{labels.historyEmpty}</Typography.Paragraph>
      ) : null}
      <Timeline items={[...origin, ...items]} />
    </section>
  );
}
