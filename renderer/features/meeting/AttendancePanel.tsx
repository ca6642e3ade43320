// 参会人员: type a name and press Enter to add it (focus stays for the next); 组, 身份 and
// 出席 / 列席 / 请假 carry over to the next person, since neighbours come in groups.
import { App, Button, Input, Radio, Select, Space } from 'antd';
import { useId, useRef, useState } from 'react';
import type { InputRef } from 'antd';
import { duplicateNames, type MeetingCounts } from '../../../shared/domain/counts';
import type { Attendance, Meeting } from '../../../shared/domain/schemas';
import { cleanLine, sanitizeText } from '../../../shared/domain/text';
import { attendanceStatuses, type AttendanceStatus } from '../../../shared/domain/vocabulary';
import { useRepositories, useSettings } from '../../app/data-context';
import { describeError } from '../../app/save-status';
import { searchByLabel } from '../common/fields';
import { isPlainEnter } from '../common/ime';
import { AttendeeRow } from './AttendeeRow';
import { fieldLabels } from '../common/labels';
import { attendanceLabels as t } from './labels';

export function AttendanceCounts({ counts }: { counts: MeetingCounts }) {
  return (
    <div className="counts" aria-label={t.counts}>
      <span>
        {t.expected} <b data-testid="count-expected">{counts.expected}</b>
      </span>
      <span>
        {t.present} <b data-testid="count-present">{counts.present}</b>
      </span>
      <span>
        {t.attending} <b>{counts.attending}</b>
      </span>
      <span>
        {t.sittingIn} <b>{counts.sittingIn}</b>
      </span>
      <span>
        {t.excused} <b data-testid="count-excused">{counts.excused}</b>
      </span>
      <span>
        {t.households} <b>{counts.households}</b>
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
      setError(t.nameRequired);
      nameInput.current?.focus();
      return;
    }
    const { removed } = sanitizeText(typed);
    if (removed > 0)
      void message.warning({
        content: t.controlCharacters(clean, removed),
        duration: fieldLabels.noticeSeconds,
      });
    // Cleared at once, before the write: the next name may be typed while this one is stored.
    setName('');
    setError(null);
    nameInput.current?.focus();
    try {
      await repo.add(meeting.id, clean, { group: cleanLine(group), identity, status });
      if (attendance.some((a) => a.name === clean)) void message.warning(t.alreadyListed(clean));
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
      <div className="attendee-entry" role="group" aria-label={t.region}>
        <div className="field">
          <label htmlFor={ids.name}>{t.name}</label>
          <Input
            id={ids.name}
            ref={nameInput}
            value={name}
            status={error ? 'error' : undefined}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={onEnter}
            placeholder={t.namePlaceholder}
            autoComplete="off"
          />
          {error ? (
            <div className="field-error" role="alert">
              {error}
            </div>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={ids.group}>{t.group}</label>
          <Input
            id={ids.group}
            value={group}
            onChange={(e) => setGroup(e.target.value)}
            onKeyDown={onEnter}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor={ids.identity}>{t.identity}</label>
          <Select
            id={ids.identity}
            showSearch={searchByLabel}
            value={identity}
            onChange={setIdentity}
            options={settings.identityTags.map((value) => ({ value, label: value }))}
          />
        </div>
        <Radio.Group
          aria-label={t.status}
          value={status}
          onChange={(e) => setStatus(e.target.value as AttendanceStatus)}
          options={attendanceStatuses.map((s) => ({ value: s, label: s }))}
        />
        <Button type="primary" onClick={() => void add()}>
          {t.add}
        </Button>
      </div>
      <table className="attendee-table" aria-label={t.list}>
        <thead>
          <tr>
            {t.columns.map((column) => (
              <th key={column}>{column}</th>
            ))}
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
