// One row of the attendance list, editable in place and saved as it is typed.
import { Button, Input, Select, Tag } from 'antd';
import { Controller } from 'react-hook-form';
import { attendanceSchema, type Attendance } from '../../../shared/domain/schemas';
import { useTextCleaner } from '../common/fields';
import { attendanceStatuses } from '../../../shared/domain/vocabulary';
import { useRepositories } from '../../app/data-context';
import { useAutosaveForm } from '../common/use-autosave-form';
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

export function AttendeeRow({
  attendee,
  index,
  isDuplicate,
  identityTags,
}: {
  attendee: Attendance;
  index: number;
  isDuplicate: boolean;
  identityTags: string[];
}) {
  const { attendance } = useRepositories();
  const remove = useUndoableDelete(attendance, '参会人员');
  const clean = useTextCleaner();
  const { control, formState } = useAutosaveForm<RowValues>({
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
  const label = (what: string) => `第${index + 1}位 ${what}`;
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
                aria-label={label({ name: '姓名', group: '组', household: '户主' }[column])}
                {...field}
                onChange={(e) => field.onChange(clean(e.target.value))}
                status={formState.errors[column] ? 'error' : undefined}
              />
            )}
          />
          {column === 'name' && formState.errors.name ? (
            <div className="field-error">{formState.errors.name.message}</div>
          ) : null}
          {column === 'name' && isDuplicate ? <Tag color="warning">重名</Tag> : null}
        </td>
      ))}
      <td>
        <Controller
          control={control}
          name="identity"
          render={({ field }) => (
            <Select
              aria-label={label('身份')}
              {...field}
              showSearch
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
              aria-label={label('出席情况')}
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
              aria-label={label('电话')}
              {...field}
              onChange={(e) => field.onChange(clean(e.target.value))}
              inputMode="tel"
            />
          )}
        />
      </td>
      <td>
        <Button
          aria-label={label('删除')}
          danger
          type="text"
          onClick={() => remove(attendee.id, attendee.name)}
        >
          删除
        </Button>
      </td>
    </tr>
  );
}
