// 跟踪办理: one issue from its 交办 to its 销号 — the facts of the commitment, the steps its status
// allows (销号 shows why it is not yet allowed), and the history of every step.
import { App, Button, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatChineseDate, localIsoDate } from '../../../shared/domain/dates';
import { commitmentDeadline, deadlineState } from '../../../shared/domain/deadline';
import { availableSteps, closingBlocker } from '../../../shared/domain/follow-up';
import type { ProgressKind } from '../../../shared/domain/follow-up-vocabulary';
import type { Issue, Meeting, ProgressEntry, Settings } from '../../../shared/domain/schemas';
import { isPlanReviewDue, nextPlanReview } from '../../../shared/domain/follow-up-review';
import { formatDeadlineWithTerm } from '../../../shared/domain/working-days';
import { routeHref } from '../../app/router';
import { History } from './History';
import { followUpLabels as labels, stepLabels } from './labels';
import { StepForm } from './StepForm';
import { useFollowUp } from './use-follow-up';

function Facts({
  issue,
  meeting,
  settings,
  history,
}: {
  issue: Issue;
  meeting?: Meeting;
  settings: Settings;
  history: ProgressEntry[];
}) {
  const today = localIsoDate(new Date());
  const state = deadlineState(issue, today);
  const review = meeting ? nextPlanReview(issue, history, meeting.date) : null;
  const owner = [issue.unit, issue.owner].filter((s) => s.trim() !== '').join(' / ');
  return (
    <Descriptions size="small" column={2} bordered>
      <Descriptions.Item label={labels.meeting}>
        {meeting ? (
          <a href={routeHref({ page: 'meeting', meetingId: meeting.id })}>
            {formatChineseDate(meeting.date)} {meeting.village} {meeting.group}
          </a>
        ) : null}
      </Descriptions.Item>
      <Descriptions.Item label={labels.status}>
        <Tag data-testid="issue-status">{issue.status}</Tag>
        {state === 'overdue' ? <Tag color="red">{labels.overdue}</Tag> : null}
        {state === 'due-soon' ? <Tag color="orange">{labels.dueSoon}</Tag> : null}
        {issue.reopenCount > 0 ? <Tag>{labels.reopened(issue.reopenCount)}</Tag> : null}
      </Descriptions.Item>
      <Descriptions.Item label={labels.raisedBy}>{issue.raisedBy}</Descriptions.Item>
      <Descriptions.Item label={labels.response}>{issue.responseType ?? ''}</Descriptions.Item>
      <Descriptions.Item label={labels.description} span={2}>
        {issue.description}
      </Descriptions.Item>
      <Descriptions.Item label={labels.owner}>{owner}</Descriptions.Item>
      <Descriptions.Item label={labels.deadline}>
        {formatDeadlineWithTerm(
          meeting?.date ?? '',
          commitmentDeadline(issue),
          settings.deadlineUnit,
        )}
      </Descriptions.Item>
      {review ? (
        <Descriptions.Item label={labels.nextReview}>
          {formatChineseDate(review)}
          {isPlanReviewDue(review, today) ? <Tag color="orange">{labels.reviewDue}</Tag> : null}
        </Descriptions.Item>
      ) : null}
      {issue.responseType === '上报转办' ? (
        <Descriptions.Item label={labels.forwardedTo}>{issue.forwardedTo}</Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

function Actions({
  issue,
  settings,
  take,
}: {
  issue: Issue;
  settings: Settings;
  take: ReturnType<typeof useFollowUp>['take'];
}) {
  const { message } = App.useApp();
  const [open, setOpen] = useState<ProgressKind | null>(null);
  const steps = availableSteps(issue);
  const blocker = closingBlocker(issue, settings);
  return (
    <section aria-label={labels.actions}>
      <Typography.Title level={4}>{labels.actions}</Typography.Title>
      {steps.length === 0 ? <Typography.Paragraph>{labels.noActions}</Typography.Paragraph> : null}
      {issue.status === '已销号' ? (
        <Typography.Paragraph>{labels.closedNote}</Typography.Paragraph>
      ) : null}
      <Space wrap>
        {steps.map((kind) => (
          <Button
            key={kind}
            type={open === kind ? 'primary' : 'default'}
            disabled={kind === '销号' && blocker !== null}
            onClick={() => setOpen(kind)}
          >
            {stepLabels[kind].button}
          </Button>
        ))}
        {steps.includes('销号') && blocker ? (
          <Typography.Text type="warning" data-testid="closing-blocker">
            {labels.closingBlocked}
            {blocker}
          </Typography.Text>
        ) : null}
      </Space>
      {open ? (
        <div className="follow-up-form" style={{ marginTop: 16 }}>
          <StepForm
            key={`${open}-${issue.rev}`}
            kind={open}
            issue={issue}
            settings={settings}
            onTake={async (step) => {
              const reason = await take(step);
              if (reason === null) void message.success(labels.saved(step.kind));
              return reason;
            }}
            onDone={() => setOpen(null)}
          />
        </div>
      ) : null}
    </section>
  );
}

export function FollowUpPage({ issueId }: { issueId: string }) {
  const { data, settings, take } = useFollowUp(issueId);
  if (data.state === 'loading') return null;
  if (data.state === 'missing')
    return <Typography.Paragraph>{labels.notFound}</Typography.Paragraph>;
  const { issue, meeting, history } = data;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3}>{labels.title(issue.seq)}</Typography.Title>
        {meeting ? (
          <a href={routeHref({ page: 'meeting', meetingId: meeting.id })}>{labels.backToMeeting}</a>
        ) : null}
      </Space>
      <Facts issue={issue} meeting={meeting} settings={settings} history={history} />
      <Actions issue={issue} settings={settings} take={take} />
      <History issue={issue} meeting={meeting} history={history} />
    </Space>
  );
}
