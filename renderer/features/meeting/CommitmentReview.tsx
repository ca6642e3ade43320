// 现场承诺确认, for a projector: one commitment at a time in large type, 上一项 / 下一项 by
// keyboard (← → outside a text field, PageUp / PageDown anywhere). Closing the meeting first lists
// what any issue still lacks (completeness.ts), to fix now or to close anyway.
import { App, Button, Empty, Modal, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { missingIssueFacts } from '../../../shared/domain/completeness';
import { isCommitment } from '../../../shared/domain/lifecycle';
import type { Issue, Meeting } from '../../../shared/domain/schemas';
import { useRepositories } from '../../app/data-context';
import { navigate } from '../../app/router';
import { useAction } from '../../app/use-action';
import { CommitmentSlide } from './CommitmentSlide';
import { reviewLabels as t } from './labels';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Which slide is shown, and the keys that move it. */
function useSlides(count: number) {
  const [index, setIndex] = useState(0);
  const shown = Math.min(index, Math.max(0, count - 1));
  const go = (step: number) => setIndex(Math.max(0, Math.min(count - 1, shown + step)));
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const typing = isTyping(event.target);
      const step =
        event.key === 'PageDown' || (!typing && event.key === 'ArrowRight')
          ? 1
          : event.key === 'PageUp' || (!typing && event.key === 'ArrowLeft')
            ? -1
            : 0;
      if (step === 0) return;
      event.preventDefault();
      setIndex((i) => Math.max(0, Math.min(count - 1, Math.min(i, count - 1) + step)));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count]);
  return { shown, go };
}

function missingPerIssue(issues: Issue[]): { seq: number; facts: string[] }[] {
  return issues
    .map((issue) => ({ seq: issue.seq, facts: missingIssueFacts(issue) }))
    .filter((entry) => entry.facts.length > 0);
}

export function CommitmentReview({ meetingId }: { meetingId: string }) {
  const repos = useRepositories();
  const { message } = App.useApp();
  const run = useAction();
  const meeting = useLiveQuery(() => repos.meetings.get(meetingId), [repos, meetingId]);
  const issues = useLiveQuery(() => repos.issues.listForMeeting(meetingId), [repos, meetingId], []);
  const commitments = issues.filter(isCommitment);
  const { shown, go } = useSlides(commitments.length);
  const [asking, setAsking] = useState(false);
  if (!meeting) return null;
  const missing = missingPerIssue(issues);
  const current = commitments[shown];

  const close = async (m: Meeting) => {
    const now = new Date();
    const time = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
    await repos.meetings.update(m.id, { status: '已结束', endTime: m.endTime || time });
    // Closed only once stored: after a failed write the list stays up for another try.
    setAsking(false);
    void message.success(t.closed);
    navigate({ page: 'meeting', meetingId: m.id });
  };
  const back = () => navigate({ page: 'meeting', meetingId });

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} className="commitments">
      <Typography.Title level={1}>
        {t.title}（{t.count(commitments.length)}）
      </Typography.Title>
      {current ? (
        <>
          <CommitmentSlide key={current.id} issue={current} />
          <Space size="large" wrap>
            <Button size="large" disabled={shown === 0} onClick={() => go(-1)}>
              {t.previous}
            </Button>
            <span aria-live="polite">{t.position(shown, commitments.length)}</span>
            <Button size="large" disabled={shown >= commitments.length - 1} onClick={() => go(1)}>
              {t.next}
            </Button>
            <Typography.Text type="secondary">{t.keys}</Typography.Text>
          </Space>
        </>
      ) : (
        <Empty description={t.none} />
      )}
      {missing.length > 0 ? (
        <section aria-label={t.missingTitle}>
          <Typography.Title level={3}>{t.missingTitle}</Typography.Title>
          <ul>
            {missing.map((entry) => (
              <li key={entry.seq}>{t.issueMissing(entry.seq, entry.facts)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <Space>
        <Button size="large" onClick={back}>
          {t.back}
        </Button>
        {meeting.status !== '已结束' ? (
          <Button
            size="large"
            type="primary"
            onClick={() =>
              missing.length > 0 ? setAsking(true) : run(t.closeFailed, () => close(meeting))
            }
          >
            {t.close}
          </Button>
        ) : null}
      </Space>
      <Modal
        open={asking}
        title={t.missingTitle}
        onCancel={() => setAsking(false)}
        footer={[
          <Button key="fix" onClick={back}>
            {t.fix}
          </Button>,
          <Button
            key="close"
            type="primary"
            onClick={() => run(t.closeFailed, () => close(meeting))}
          >
            {t.closeAnyway}
          </Button>,
        ]}
      >
        <p>{t.missingIntro}</p>
        <ul>
          {missing.map((entry) => (
            <li key={entry.seq}>{t.issueMissing(entry.seq, entry.facts)}</li>
          ))}
        </ul>
      </Modal>
    </Space>
  );
}
