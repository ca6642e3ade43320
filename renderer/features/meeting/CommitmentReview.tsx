// 现场承诺确认: before closing, every commitment in large type, for the facilitator to read back
// to the villagers and correct on the spot.
import { App, Button, Empty, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatChineseDate } from '../../../shared/domain/dates';
import { isCommitment } from '../../../shared/domain/lifecycle';
import { issueSchema, type Issue, type Meeting } from '../../../shared/domain/schemas';
import { useRepositories } from '../../app/data-context';
import { navigate } from '../../app/router';
import { useAction } from '../../app/use-action';
import { DateField, TextField } from '../common/fields';
import { useAutosaveForm } from '../common/use-autosave-form';

const commitmentSchema = issueSchema.pick({
  responseText: true,
  unit: true,
  owner: true,
  deadline: true,
});
type CommitmentValues = Pick<Issue, 'responseText' | 'unit' | 'owner' | 'deadline'>;

function CommitmentItem({ issue, index }: { issue: Issue; index: number }) {
  const { issues } = useRepositories();
  const { control } = useAutosaveForm<CommitmentValues>({
    values: {
      responseText: issue.responseText,
      unit: issue.unit,
      owner: issue.owner,
      deadline: issue.deadline,
    },
    version: issue.rev,
    schema: commitmentSchema,
    save: (patch) => issues.update(issue.id, patch),
  });
  return (
    <article className="commitment" aria-label={`承诺 ${index + 1}`}>
      <div>
        <b>
          {index + 1}. {issue.raisedBy || '群众'}反映：
        </b>
        {issue.description}
      </div>
      <div>
        处置方式：{issue.responseType}
        {issue.forwardedTo ? `（转 ${issue.forwardedTo}）` : ''}
        {issue.deadline ? `，${formatChineseDate(issue.deadline)}前办结` : ''}
      </div>
      <form className="grid" onSubmit={(e) => e.preventDefault()}>
        <div className="wide">
          <TextField control={control} name="responseText" label="承诺内容" multiline rows={1} />
        </div>
        <TextField control={control} name="unit" label="责任单位" />
        <TextField control={control} name="owner" label="责任人" />
        <DateField control={control} name="deadline" label="办结时限" />
      </form>
    </article>
  );
}

export function CommitmentReview({ meetingId }: { meetingId: string }) {
  const repos = useRepositories();
  const { message } = App.useApp();
  const run = useAction();
  const meeting = useLiveQuery(() => repos.meetings.get(meetingId), [repos, meetingId]);
  const issues = useLiveQuery(() => repos.issues.listForMeeting(meetingId), [repos, meetingId], []);
  if (!meeting) return null;
  const commitments = issues.filter(isCommitment);

  const close = async (m: Meeting) => {
    const now = new Date();
    const time = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
    await repos.meetings.update(m.id, { status: '已结束', endTime: m.endTime || time });
    void message.success('会议已结束');
    navigate({ page: 'meeting', meetingId: m.id });
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} className="commitments">
      <Typography.Title level={2}>现场承诺确认（共 {commitments.length} 项）</Typography.Title>
      {commitments.length === 0 ? <Empty description="本次会议没有交办、转办或调处的事项" /> : null}
      {commitments.map((issue, index) => (
        <CommitmentItem key={issue.id} issue={issue} index={index} />
      ))}
      <Space>
        <Button size="large" onClick={() => navigate({ page: 'meeting', meetingId })}>
          返回修改
        </Button>
        {meeting.status !== '已结束' ? (
          <Button
            size="large"
            type="primary"
            onClick={() => run('结束会议失败', () => close(meeting))}
          >
            确认无误，结束会议
          </Button>
        ) : null}
      </Space>
    </Space>
  );
}
