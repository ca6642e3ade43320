// One row of the attendance list, editable in place and saved as it is typed. A row re-renders
// only when its own record, place or duplicate mark changes (memo), not at every keystroke
// elsewhere in a list of two hundred.
import { App, Button, Input, Select, Tag } from 'antd';
import { memo } from 'react';
import { Controller } from 'react-hook-form';
import { attendanceSchema, type Attendance } from '../../../shared/domain/schemas';
import { searchByLabel, useTextCleaner } from '../common/fields';
import { attendanceStatuses } from '../../../shared/domain/vocabulary';
import { useRepositories } from '../../app/data-context';
import { describeError } from '../../app/save-status';
import type { NameFollowed, RosterFollowed } from '../../db/repositories/attendance';
import { useAutosaveForm } from '../common/use-autosave-form';
import { attendanceLabels as t } from './labels';
import { useUndoableDelete } from './use-undoable-delete';

const rowSchema = attendanceSchema.pick({
  name: true,
  group: true,
  household: true,
  identity: true,
  status: true,
  phone: true,
});
type RowValues = Pick<Attendance, 'name' | 'group' | 'household' | 'identity' | 'status' | 'phone'>;
const textColumns = ['name', 'group', 'household'] as const;

type Props = {
  attendee: Attendance;
  /** The meeting's 村, whose roster a new name is looked up in. */
  village: string;
  index: number;
  isDuplicate: boolean;
  identityTags: string[];
};

export const AttendeeRow = memo(
  AttendeeRowView,
  (a: Props, b: Props) =>
    a.attendee.id === b.attendee.id &&
    a.attendee.rev === b.attendee.rev &&
    a.village === b.village &&
    a.index === b.index &&
    a.isDuplicate === b.isDuplicate &&
    a.identityTags === b.identityTags,
);

/** What to tell the facilitator when the roster followed a new name; nothing when it had not to. */
function rosterNotice(followed: RosterFollowed, village: string): string | null {
  switch (followed.kind) {
    case 'same':
      return null;
    case 'renamed':
      return t.personRenamed(followed.from, followed.to, followed.namesakes);
    case 'linked':
      return t.relinked(followed.person.name, followed.person.group);
    case 'joined':
      return t.joinedRoster(followed.person.name, village);
    case 'unlinked':
      return t.unlinked(
        followed.candidates[0]?.name ?? '',
        followed.candidates.map((p) => p.group || t.noGroup),
      );
  }
}

function followedNotice(followed: NameFollowed, village: string): string | null {
  const said = [
    rosterNotice(followed.roster, village),
    followed.issues > 0 ? t.raisedByRenamed(followed.issues) : null,
  ].filter((s) => s !== null);
  return said.length > 0 ? said.join('；') : null;
}

function AttendeeRowView({ attendee, village, index, isDuplicate, identityTags }: Props) {
  const { attendance } = useRepositories();
  const { message } = App.useApp();
  const remove = useUndoableDelete(attendance, t.what);
  const clean = useTextCleaner();
  const { control, formState, flush } = useAutosaveForm<RowValues>({
    values: {
      name: attendee.name,
      group: attendee.group,
      household: attendee.household,
      identity: attendee.identity,
      status: attendee.status,
      phone: attendee.phone,
    },
    version: attendee.rev,
    schema: rowSchema,
    save: (patch) => attendance.update(attendee.id, patch),
  });
  const label = (what: string) => t.row(index, what);
  // The roster and the 反映人 of this row's issues follow a new name when the name field is
  // left, after its save: not at every key, or each half-typed name would join the roster.
  const followName = async () => {
    try {
      await flush();
      const notice = followedNotice(await attendance.nameChanged(attendee.id, village), village);
      if (notice) void message.info(notice);
    } catch (e) {
      void message.error(describeError(e));
    }
  };
  const columnLabel = { name: t.name, group: t.group, household: t.household };
  return (
    <tr data-testid="attendee-row">
      <td>{index + 1}</td>
      {textColumns.map((column) => (
        <td key={column}>
          <Controller
            control={control}
            name={column}
            render={({ field }) => (
              <Input
                aria-label={label(columnLabel[column])}
                {...field}
                onChange={(e) => field.onChange(clean(e.target.value, label(columnLabel[column])))}
                onBlur={() => {
                  field.onBlur();
                  if (column === 'name') void followName();
                }}
                status={formState.errors[column] ? 'error' : undefined}
              />
            )}
          />
          {column === 'name' && formState.errors.name ? (
            <div className="field-error">{formState.errors.name.message}</div>
          ) : null}
          {column === 'name' && isDuplicate ? <Tag color="warning">{t.duplicate}</Tag> : null}
        </td>
      ))}
      <td>
        <Controller
          control={control}
          name="identity"
          render={({ field }) => (
            <Select
              aria-label={label(t.identity)}
              {...field}
              showSearch={searchByLabel}
              style={{ minWidth: 120 }}
              options={identityTags.map((value) => ({ value, label: value }))}
            />
          )}
        />
      </td>
      <td>
        <Controller
          control={control}
          name="status"
          render={({ field }) => (
            <Select
              aria-label={label(t.status)}
              {...field}
              style={{ minWidth: 80 }}
              options={attendanceStatuses.map((value) => ({ value, label: value }))}
            />
          )}
        />
      </td>
      <td>
        <Controller
          control={control}
          name="phone"
          render={({ field }) => (
            <Input
              aria-label={label(t.phone)}
              {...field}
              onChange={(e) => field.onChange(clean(e.target.value, label(t.phone)))}
              inputMode="tel"
            />
          )}
        />
      </td>
      <td>
        <Button
          aria-label={label(t.delete)}
          danger
          type="text"
          onClick={() => remove(attendee.id, attendee.name)}
        >
          {t.delete}
        </Button>
      </td>
    </tr>
  );
}
