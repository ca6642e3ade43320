// 参会人员: type a name and press Enter to add it (focus stays for the next); 组, 身份 and
// 出席 / 列席 / 请假 carry over to the next person, since neighbours come in groups. The name is
// looked up in the 村民名册 as it is typed (or by pinyin initials): a person picked from the list
// comes with their 组, 户主, 身份 and phone; a name the roster does not hold joins it.
import { App, AutoComplete, Button, Input, Radio, Select, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useRef, useState } from 'react';
import type { InputRef } from 'antd';
import { duplicateNames, type MeetingCounts } from '../../../shared/domain/counts';
import type { Attendance, Meeting, Person } from '../../../shared/domain/schemas';
import { attendeeIdentity, resolveTypedAttendee } from '../../../shared/roster/attendee-match';
import { isInitials, suggestPersons } from '../../../shared/roster/attendee-suggest';
import { cleanLine, sanitizeText } from '../../../shared/domain/text';
import { attendanceStatuses, type AttendanceStatus } from '../../../shared/domain/vocabulary';
import { useRepositories, useSettings } from '../../app/data-context';
import { describeError } from '../../app/save-status';
import { leaveOnTab, searchByLabel } from '../common/fields';
import { isPlainEnter } from '../common/ime';
import { AttendeeRow } from './AttendeeRow';
import { fieldLabels } from '../common/labels';
import { attendanceLabels as t } from './labels';

const noPersons: Person[] = [];

/** Suggestion values are marked so the list's own change event never lands in the name field. */
const optionPrefix = '\u0000person:';

/** What tells two namesakes apart in the list: 组, 户主, 身份, and the 村 when it is another. */
function personDetails(person: Person, village: string): string[] {
  return [
    person.village !== village ? person.village : '',
    person.group,
    person.household && person.household !== person.name ? `户主 ${person.household}` : '',
    ...person.tags,
  ].filter((d) => d !== '');
}

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
  meeting: Pick<Meeting, 'id' | 'village'>;
  attendance: Attendance[];
  counts: MeetingCounts;
}) {
  const { attendance: repo, roster } = useRepositories();
  const settings = useSettings();
  const { message } = App.useApp();
  const ids = { name: useId(), group: useId(), identity: useId() };
  const nameInput = useRef<InputRef>(null);
  const [name, setName] = useState('');
  const [group, setGroup] = useState('');
  const [identity, setIdentity] = useState('群众');
  const [status, setStatus] = useState<AttendanceStatus>('出席');
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState('');
  const dupes = duplicateNames(attendance);
  const roll = useLiveQuery(() => roster.listLive(), [roster]);
  const persons = roll ?? noPersons;
  const listed = useMemo(
    () => new Set(attendance.flatMap((a) => (a.personId ? [a.personId] : []))),
    [attendance],
  );
  const suggestions = useMemo(
    () => suggestPersons(persons, name, meeting.village, listed),
    [persons, name, meeting.village, listed],
  );
  const options = suggestions.map((p) => ({
    value: `${optionPrefix}${p.id}`,
    label: t.suggestion(p.name, personDetails(p, meeting.village)),
  }));

  const entered = (typed: string) => {
    const clean = cleanLine(typed).trim();
    const { removed } = sanitizeText(typed);
    if (clean !== '' && removed > 0)
      void message.warning({
        content: t.controlCharacters(clean, removed),
        duration: fieldLabels.noticeSeconds,
      });
    return clean;
  };

  /**
   * Clears the entry the moment a name is entered, before anything is read or written: the next
   * name may be typed meanwhile, and nothing that follows may clear it.
   */
  const begin = () => {
    setName('');
    setError(null);
    nameInput.current?.focus();
  };

  /** Puts a name that was not added back, unless the next one is being typed already. */
  const refuse = (typed: string, why: string) => {
    setName((current) => (current === '' ? typed : current));
    setError(why);
  };

  /**
   * Names are written in the order they were entered: one may wait for the roster to be read
   * while the next, entered once it was, would otherwise be written first and listed above it.
   */
  const turn = useRef<Promise<unknown>>(Promise.resolve());
  const inTurn = (task: () => Promise<unknown>) => {
    const next = turn.current.then(task);
    turn.current = next.catch(() => undefined);
    return next;
  };

  const store = async (typed: string, write: () => Promise<string>) => {
    try {
      setOutcome(await write());
    } catch (e) {
      refuse(typed, describeError(e));
    }
  };

  const addTyped = async () => {
    const typed = name;
    const clean = entered(typed);
    if (clean === '') {
      setError(t.nameRequired);
      nameInput.current?.focus();
      return;
    }
    if (isInitials(clean)) {
      setError(t.initialsNotFound(clean));
      return;
    }
    const details = { group: cleanLine(group), identity, status };
    begin();
    await inTurn(async () => {
      let known: ReturnType<typeof resolveTypedAttendee>;
      try {
        // Entered before the roster was read: read it now rather than add a namesake twice.
        known = resolveTypedAttendee(
          roll ?? (await roster.listLive()),
          clean,
          details.group,
          meeting.village,
        );
      } catch (e) {
        console.error(e);
        return refuse(typed, t.rosterUnreadable(clean));
      }
      if (known.kind === 'choose') {
        const groups = known.candidates.map((p) => p.group || t.noGroup);
        return refuse(typed, t.choosePerson(clean, groups));
      }
      if (known.kind === 'person') return addPerson(known.person, status, typed);
      await store(typed, async () => {
        await repo.addWithNewPerson(meeting.id, clean, details, meeting.village);
        if (attendance.some((a) => a.name === clean)) void message.warning(t.alreadyListed(clean));
        return t.joinedRoster(clean, meeting.village);
      });
    });
  };

  /** Adds a roster person; the entry was cleared when they were picked or entered. */
  const addPerson = async (person: Person, as: AttendanceStatus, typed = person.name) => {
    if (listed.has(person.id)) return refuse(typed, t.personListed(person.name));
    await store(typed, async () => {
      await repo.add(meeting.id, person.name, {
        personId: person.id,
        group: person.group,
        household: person.household,
        phone: person.phone,
        identity: attendeeIdentity(person, settings.identityTags, identity),
        status: as,
      });
      return t.addedFromRoster(person.name);
    });
  };

  const onPick = (value: string) => {
    const person = suggestions.find((p) => `${optionPrefix}${p.id}` === value);
    if (!person) return;
    begin();
    void inTurn(() => addPerson(person, status));
  };

  const onNameKey = (event: React.KeyboardEvent) => {
    // A suggestion picked with Enter: the list has taken the key (and marked it so).
    if (event.defaultPrevented || !isPlainEnter(event)) return;
    event.preventDefault();
    void addTyped();
  };

  const onGroupKey = (event: React.KeyboardEvent) => {
    if (!isPlainEnter(event)) return;
    event.preventDefault();
    void addTyped();
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <AttendanceCounts counts={counts} />
      <div className="attendee-entry" role="group" aria-label={t.region}>
        <div className="field">
          <label htmlFor={ids.name}>{t.name}</label>
          <div onKeyDownCapture={leaveOnTab}>
            <AutoComplete
              value={name}
              options={options}
              onChange={(value: string) => {
                if (!value.startsWith(optionPrefix)) setName(value);
              }}
              onSelect={onPick}
              onKeyDown={onNameKey}
              // Pinyin initials are no one's name: Enter takes the first person they find.
              // A name in characters is taken as typed unless a suggestion is picked (↓, Enter).
              defaultActiveFirstOption={isInitials(name)}
              style={{ width: '100%' }}
            >
              <Input
                id={ids.name}
                ref={nameInput}
                status={error ? 'error' : undefined}
                placeholder={t.namePlaceholder}
                autoComplete="off"
              />
            </AutoComplete>
          </div>
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
            onKeyDown={onGroupKey}
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
        <Button type="primary" onClick={() => void addTyped()}>
          {t.add}
        </Button>
      </div>
      <div className="entry-outcome" role="status">
        {outcome}
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
              village={meeting.village}
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
