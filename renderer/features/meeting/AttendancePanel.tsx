// 参会人员: type a name and press Enter to add it (focus stays for the next); 组, 身份 and
// 出席 / 列席 / 请假 carry over to the next person, since neighbours come in groups.
import { App, Button, Input, Radio, Select, Space } from 'antd';
import { useId, useRef, useState } from 'react';
import type { InputRef } from 'antd';
import { duplicateNames, type MeetingCounts } from '../../../shared/domain/counts';
import type { Attendance, Meeting } from '../../../shared/domain/schemas';
import { cleanLine } from '../../../shared/domain/text';
import { attendanceStatuses, type AttendanceStatus } from '../../../shared/domain/vocabulary';
import { useRepositories, useSettings } from '../../app/data-context';
import { describeError } from '../../app/save-status';
import { isPlainEnter } from '../common/ime';
import { AttendeeRow } from './AttendeeRow';

export function AttendanceCounts({ counts }: { counts: MeetingCounts }) {
  return (
    <div className="counts" aria-label="人数统计">
      <span>
        应到 <b data-testid="count-expected">{counts.expected}</b>
      </span>
      <span>
        实到 <b data-testid="count-present">{counts.present}</b>
      </span>
      <span>
        出席 <b>{counts.attending}</b>
      </span>
      <span>
        列席 <b>{counts.sittingIn}</b>
      </span>
      <span>
        请假 <b data-testid="count-excused">{counts.excused}</b>
      </span>
      <span>
        覆盖户数 <b>{counts.households}</b>
      </span>
    </div>
  );
}

export function AttendancePanel({
  meeting,
  attendance,
  counts,
}: {
  meeting: Meeting;
  attendance: Attendance[];
  counts: MeetingCounts;
}) {
  const { attendance: repo } = useRepositories();
  const settings = useSettings();
  const { message } = App.useApp();
  const ids = { name: useId(), group: useId(), identity: useId() };
  const nameInput = useRef<InputRef>(null);
  const [name, setName] = useState('');
  const [group, setGroup] = useState('');
  const [identity, setIdentity] = useState('群众');
  const [status, setStatus] = useState<AttendanceStatus>('出席');
  const [error, setError] = useState<string | null>(null);
  const dupes = duplicateNames(attendance);

  const add = async () => {
    const typed = name;
    const clean = cleanLine(typed).trim();
    if (clean === '') {
      setError('姓名不能为空');
      nameInput.current?.focus();
      return;
    }
    if (clean !== typed.trim()) void message.warning('已移除不可见的控制字符');
    // Cleared at once, before the write: the next name may be typed while this one is stored.
    setName('');
    setError(null);
    nameInput.current?.focus();
    try {
      await repo.add(meeting.id, clean, { group: cleanLine(group), identity, status });
      if (attendance.some((a) => a.name === clean))
        void message.warning(`“${clean}”已在名单中，请确认是否同名的另一个人`);
    } catch (e) {
      setName((current) => (current === '' ? typed : current));
      setError(describeError(e));
    }
  };

  const onEnter = (event: React.KeyboardEvent) => {
    if (!isPlainEnter(event)) return;
    event.preventDefault();
    void add();
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <AttendanceCounts counts={counts} />
      <div className="attendee-entry" role="group" aria-label="添加参会人员">
        <div className="field">
          <label htmlFor={ids.name}>姓名</label>
          <Input
            id={ids.name}
            ref={nameInput}
            value={name}
            status={error ? 'error' : undefined}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={onEnter}
            placeholder="输入姓名，回车添加"
            autoComplete="off"
          />
          {error ? (
            <div className="field-error" role="alert">
              {error}
            </div>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={ids.group}>组</label>
          <Input
            id={ids.group}
            value={group}
            onChange={(e) => setGroup(e.target.value)}
            onKeyDown={onEnter}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor={ids.identity}>身份</label>
          <Select
            id={ids.identity}
            showSearch
            value={identity}
            onChange={setIdentity}
            options={settings.identityTags.map((value) => ({ value, label: value }))}
          />
        </div>
        <Radio.Group
          aria-label="出席情况"
          value={status}
          onChange={(e) => setStatus(e.target.value as AttendanceStatus)}
          options={attendanceStatuses.map((s) => ({ value: s, label: s }))}
        />
        <Button type="primary" onClick={() => void add()}>
          添加
        </Button>
      </div>
      <table className="attendee-table" aria-label="参会人员名单">
        <thead>
          <tr>
            <th>序号</th>
            <th>姓名</th>
            <th>组</th>
            <th>户主</th>
            <th>身份</th>
            <th>出席情况</th>
            <th>电话</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {attendance.map((a, index) => (
            <AttendeeRow
              key={a.id}
              attendee={a}
              index={index}
              isDuplicate={dupes.has(a.name.trim())}
              identityTags={settings.identityTags}
            />
          ))}
        </tbody>
      </table>
    </Space>
  );
}
