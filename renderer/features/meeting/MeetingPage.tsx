// The meeting editor: 基本信息, 参会人员, 群众诉求, 宣讲与议定, with the meeting's status flow
// 筹备 → 进行中 → 已结束 and the 现场承诺确认 view before closing.
import { App, Button, Popconfirm, Result, Space, Tabs, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { countAttendance } from '../../../shared/domain/counts';
import { useRepositories } from '../../app/data-context';
import { navigate } from '../../app/router';
import { useAction } from '../../app/use-action';
import { MeetingExportButton } from '../export/MeetingExportButton';
import { AttendancePanel } from './AttendancePanel';
import { IssuesPanel } from './IssuesPanel';
import { MeetingInfoForm, MeetingNotesForm } from './MeetingForms';
import { useUndoableDelete } from './use-undoable-delete';

export function MeetingPage({ meetingId }: { meetingId: string }) {
  const repos = useRepositories();
  const meeting = useLiveQuery(() => repos.meetings.get(meetingId), [repos, meetingId], null);
  const attendance = useLiveQuery(
    () => repos.attendance.listForMeeting(meetingId),
    [repos, meetingId],
    [],
  );
  const issues = useLiveQuery(() => repos.issues.listForMeeting(meetingId), [repos, meetingId], []);
  const { message } = App.useApp();
  const deleteMeeting = useUndoableDelete(repos.meetings, '会议');
  const run = useAction();

  if (meeting === null) return null;
  if (meeting === undefined || meeting.deletedAt !== null) {
    return (
      <Result
        status="404"
        title="找不到这场会议"
        subTitle="它可能已被删除。"
        extra={<Button href="#/">返回首页</Button>}
      />
    );
  }

  const counts = countAttendance(attendance, meeting);
  const start = async () => {
    const now = new Date();
    const time = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
    await repos.meetings.update(meeting.id, {
      status: '进行中',
      startTime: meeting.startTime || time,
    });
    void message.success('会议已开始');
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {meeting.village || '（未填村名）'}
          {meeting.typeLabel} <Tag>{meeting.status}</Tag>
        </Typography.Title>
        <Space wrap>
          {meeting.status === '筹备' ? (
            <Button type="primary" onClick={() => run('开始会议失败', start)}>
              开始会议
            </Button>
          ) : null}
          <Button
            type={meeting.status === '进行中' ? 'primary' : 'default'}
            onClick={() => navigate({ page: 'confirm', meetingId })}
          >
            现场承诺确认
          </Button>
          <MeetingExportButton meeting={meeting} />
          <Popconfirm
            title="删除这场会议？"
            description="删除后可以撤销。"
            okText="删除"
            cancelText="取消"
            onConfirm={() =>
              deleteMeeting(meeting.id, `${meeting.date} ${meeting.village}`, () =>
                navigate({ page: 'home' }),
              )
            }
          >
            <Button danger>删除会议</Button>
          </Popconfirm>
        </Space>
      </Space>
      <Tabs
        defaultActiveKey={meeting.status === '筹备' ? 'info' : 'attendance'}
        items={[
          { key: 'info', label: '基本信息', children: <MeetingInfoForm meeting={meeting} /> },
          {
            key: 'attendance',
            label: `参会人员（实到 ${counts.present}）`,
            children: <AttendancePanel meeting={meeting} attendance={attendance} counts={counts} />,
          },
          {
            key: 'issues',
            label: `群众诉求（${issues.length}）`,
            children: <IssuesPanel meeting={meeting} issues={issues} attendance={attendance} />,
          },
          {
            key: 'notes',
            label: '政策宣讲与议定事项',
            children: <MeetingNotesForm meeting={meeting} />,
          },
        ]}
      />
    </Space>
  );
}
