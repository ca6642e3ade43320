// The meeting editor: 基本信息, 参会人员, 群众诉求, 宣讲与议定, with the meeting's status flow
// 筹备 → 进行中 → 已结束 and the 现场承诺确认 view before closing; above them, what became of the
// village's earlier commitments (上次承诺落实情况). 照片: the scene, the signed 签到表.
import { App, Button, Popconfirm, Result, Space, Tabs, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useMemo } from 'react';
import type { Attendance, Meeting } from '../../../shared/domain/schemas';
import { countAttendance } from '../../../shared/domain/counts';
import { useRepositories } from '../../app/data-context';
import { navigate } from '../../app/router';
import { useAction } from '../../app/use-action';
import { MeetingExportButton } from '../export/MeetingExportButton';
import { PhotoPanel } from '../photos/PhotoPanel';
import { AttendancePanel } from './AttendancePanel';
import { IssuesPanel } from './IssuesPanel';
import { meetingLabels as t } from './labels';
import { MeetingInfoForm, MeetingNotesForm, StoredMeeting } from './MeetingForms';
import { RecallSection } from './RecallSection';
import { useUndoableDelete } from './use-undoable-delete';

export function MeetingPage({ meetingId }: { meetingId: string }) {
  const repos = useRepositories();
  const meeting = useLiveQuery(() => repos.meetings.get(meetingId), [repos, meetingId], null);
  const attendance = useLiveQuery(
    () => repos.attendance.listForMeeting(meetingId),
    [repos, meetingId],
    [],
  );
  // Only the count: a saved keystroke in an issue changes no number, so this page (and its
  // two hundred attendee rows) does not re-render; IssuesPanel reads the issues itself.
  const issueCount = useLiveQuery(
    () => repos.issues.countForMeeting(meetingId),
    [repos, meetingId],
    0,
  );

  if (meeting === null) return null;
  if (meeting === undefined || meeting.deletedAt !== null) {
    return (
      <Result
        status="404"
        title={t.notFound}
        subTitle={t.notFoundDetail}
        extra={<Button href="#/">{t.backHome}</Button>}
      />
    );
  }
  return <MeetingEditor meeting={meeting} attendance={attendance} issueCount={issueCount} />;
}

/** What the page's header, tabs and panels read of the meeting; the two forms read it whole. */
type MeetingHeading = Pick<
  Meeting,
  'id' | 'village' | 'typeLabel' | 'status' | 'date' | 'startTime' | 'householdsCovered'
>;

/**
 * Each keystroke saved in 基本信息 or 议定事项 gives the page a new meeting. The forms take it
 * through StoredMeeting; the rest is drawn again only when a field it shows changes (drawing the
 * header's buttons, menus and tabs again after every save took several milliseconds).
 */
function MeetingEditor({
  meeting,
  attendance,
  issueCount,
}: {
  meeting: Meeting;
  attendance: Attendance[];
  issueCount: number;
}) {
  const { id, village, typeLabel, status, date, startTime, householdsCovered } = meeting;
  const heading = useMemo(
    () => ({ id, village, typeLabel, status, date, startTime, householdsCovered }),
    [id, village, typeLabel, status, date, startTime, householdsCovered],
  );
  return (
    <StoredMeeting.Provider value={meeting}>
      <MeetingLayout meeting={heading} attendance={attendance} issueCount={issueCount} />
    </StoredMeeting.Provider>
  );
}

const MeetingLayout = memo(function MeetingLayout({
  meeting,
  attendance,
  issueCount,
}: {
  meeting: MeetingHeading;
  attendance: Attendance[];
  issueCount: number;
}) {
  const repos = useRepositories();
  const { message } = App.useApp();
  const deleteMeeting = useUndoableDelete(repos.meetings, t.meeting);
  const run = useAction();
  const meetingId = meeting.id;

  const counts = countAttendance(attendance, meeting);
  const start = async () => {
    const now = new Date();
    const time = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
    await repos.meetings.update(meeting.id, {
      status: '进行中',
      startTime: meeting.startTime || time,
    });
    void message.success(t.started);
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {meeting.village || t.noVillage}
          {meeting.typeLabel} <Tag>{meeting.status}</Tag>
        </Typography.Title>
        <Space wrap>
          {meeting.status === '筹备' ? (
            <Button type="primary" onClick={() => run(t.startFailed, start)}>
              {t.start}
            </Button>
          ) : null}
          <Button
            type={meeting.status === '进行中' ? 'primary' : 'default'}
            onClick={() => navigate({ page: 'confirm', meetingId })}
          >
            {t.readBack}
          </Button>
          <MeetingExportButton meeting={meeting} />
          <Popconfirm
            title={t.deleteMeetingQuestion}
            description={t.deleteCanUndo}
            okText={t.delete}
            cancelText={t.cancel}
            onConfirm={() =>
              deleteMeeting(meeting.id, `${meeting.date} ${meeting.village}`, () =>
                navigate({ page: 'home' }),
              )
            }
          >
            <Button danger>{t.deleteMeeting}</Button>
          </Popconfirm>
        </Space>
      </Space>
      <RecallSection meeting={meeting} />
      <Tabs
        defaultActiveKey={meeting.status === '筹备' ? 'info' : 'attendance'}
        items={[
          { key: 'info', label: t.tabs.info, children: <MeetingInfoForm /> },
          {
            key: 'attendance',
            label: t.tabs.attendance(counts.present),
            children: <AttendancePanel meeting={meeting} attendance={attendance} counts={counts} />,
          },
          {
            key: 'issues',
            label: t.tabs.issues(issueCount),
            children: <IssuesPanel meeting={meeting} attendance={attendance} />,
          },
          {
            key: 'notes',
            label: t.tabs.notes,
            children: <MeetingNotesForm />,
          },
          {
            key: 'photos',
            label: t.tabs.photos,
            children: <PhotoPanel meetingId={meeting.id} progressId={null} label={t.tabs.photos} />,
          },
        ]}
      />
    </Space>
  );
});
