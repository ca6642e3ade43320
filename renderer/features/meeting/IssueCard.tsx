// One issue: who raised it, what, and the response on the spot. Choosing 交办 (or 上报转办,
// 矛盾调处) opens the commitment fields: 责任单位, 责任人, 配合单位, 办结时限 with 3 / 7 / 15 /
// 30-day presets. Category, nature and deadline start empty: nothing is guessed. The card
// re-renders only when its own issue changes (memo below), so typing in one card stays fast in a
// meeting of sixty.
import { Button, Space, Tag, Typography } from 'antd';
import { memo, useEffect, useMemo, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { deadlineWarning } from '../../../shared/domain/deadline';
import { isCommitment, responseChange } from '../../../shared/domain/lifecycle';
import { addTerm, defaultDeadline } from '../../../shared/domain/working-days';
import {
  issueSchema,
  type Attendance,
  type Issue,
  type Meeting,
  type Settings,
} from '../../../shared/domain/schemas';
import {
  deadlinePresets,
  issueNatures,
  issueSources,
  responseTypes,
  urgencies,
} from '../../../shared/domain/vocabulary';
import { useRepositories } from '../../app/data-context';
import { routeHref } from '../../app/router';
import {
  CheckboxField,
  DateField,
  NumberField,
  SelectField,
  SuggestField,
  TextField,
} from '../common/fields';
import { useAutosaveForm } from '../common/use-autosave-form';
import { issueLabels as t } from './labels';
import { useUndoableDelete } from './use-undoable-delete';

export const issueFormSchema = issueSchema.pick({
  raisedBy: true,
  collectiveHouseholds: true,
  source: true,
  category: true,
  nature: true,
  urgency: true,
  description: true,
  place: true,
  sensitive: true,
  responseType: true,
  responseText: true,
  respondedBy: true,
  unit: true,
  owner: true,
  cooperatingUnit: true,
  deadline: true,
  target: true,
  forwardedTo: true,
});
export type IssueFormValues = Pick<Issue, keyof typeof issueFormSchema.shape>;

export function issueFormValues(issue: Issue): IssueFormValues {
  return Object.fromEntries(
    Object.keys(issueFormSchema.shape).map((k) => [k, issue[k as keyof Issue]]),
  ) as IssueFormValues;
}

type IssueForm = ReturnType<typeof useAutosaveForm<IssueFormValues>>;

type Props = {
  issue: Issue;
  meeting: Pick<Meeting, 'id' | 'date'>;
  attendance: Attendance[];
  settings: Settings;
  autoFocus: boolean;
};

/** Only what the card shows or saves with: a new array or object with the same content is no change. */
function isSameCard(a: Props, b: Props): boolean {
  return (
    a.issue.id === b.issue.id &&
    a.issue.rev === b.issue.rev &&
    a.issue.status === b.issue.status &&
    a.meeting.id === b.meeting.id &&
    a.meeting.date === b.meeting.date &&
    a.attendance === b.attendance &&
    a.settings === b.settings &&
    a.autoFocus === b.autoFocus
  );
}

export const IssueCard = memo(IssueCardView, isSameCard);

function IssueCardView({ issue, meeting, attendance, settings, autoFocus }: Props) {
  const { issues } = useRepositories();
  const remove = useUndoableDelete(issues, '诉求');
  const card = useRef<HTMLElement>(null);
  const form = useAutosaveForm<IssueFormValues>({
    values: issueFormValues(issue),
    version: issue.rev,
    schema: issueFormSchema,
    // The response type moves status and the default deadline with it (lifecycle.ts); one
    // transaction, so a response and its deadline are stored together.
    save: (patch) => {
      // A 反映人 who is on the attendance list is linked to that person, for history per villager.
      const raisedBy = patch.raisedBy?.trim();
      const linked =
        raisedBy === undefined
          ? {}
          : { raisedByAttendanceId: attendance.find((a) => a.name === raisedBy)?.id ?? null };
      return issues.edit(issue.id, { ...patch, ...linked }, meeting.date, settings);
    },
  });
  const { control, change } = form;
  const raisers = useMemo(
    () => [...attendance.map((a) => a.name), t.anonymous, t.collective],
    [attendance],
  );

  // A response chosen fills its default deadline (lifecycle.ts's rule, the one the repository
  // applies) into the field at once, as a change of the user's, so it is stored in the same
  // write as the response. A date typed afterwards simply replaces it; nothing arrives from the
  // database later to overwrite what is typed.
  useEffect(() => {
    const subscription = form.watch((values, { name, type }) => {
      if (name !== 'responseType' || type !== 'change') return;
      const { deadline } = responseChange(
        { ...issue, deadline: values.deadline ?? '' },
        values.responseType ?? null,
        defaultDeadline(meeting.date, settings),
      );
      if (deadline !== undefined) change('deadline', deadline);
    });
    return () => subscription.unsubscribe();
  }, [form, change, issue, meeting.date, settings]);

  useEffect(() => {
    if (autoFocus) card.current?.querySelector('input')?.focus();
  }, [autoFocus]);

  return (
    <section ref={card} className="issue-card" aria-label={t.region(issue.seq)}>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 8 }}>
        <Typography.Text strong>
          {t.number(issue.seq)} <Tag>{issue.status}</Tag>
        </Typography.Text>
        <a href={routeHref({ page: 'follow-up', issueId: issue.id })}>{t.followUp}</a>
        <Button danger type="text" onClick={() => remove(issue.id, t.number(issue.seq))}>
          删除
        </Button>
      </Space>
      <IssueFields
        control={control}
        change={change}
        raisers={raisers}
        settings={settings}
        meetingDate={meeting.date}
      />
    </section>
  );
}

type FieldsProps = {
  control: IssueForm['control'];
  change: IssueForm['change'];
  raisers: string[];
  settings: Settings;
  meetingDate: string;
};

/**
 * The card's fields, apart from the card: a save gives the card a new revision, and the fields
 * must not all render again for it (each field shows its own stored value through the form).
 */
const IssueFields = memo(function IssueFields({
  control,
  change,
  raisers,
  settings,
  meetingDate,
}: FieldsProps) {
  const responseType = useWatch({ control, name: 'responseType' });
  const deadline = useWatch({ control, name: 'deadline' });
  const raisedBy = useWatch({ control, name: 'raisedBy' });
  const warning = deadlineWarning(meetingDate, deadline);
  // Presets count in the unit chosen in 设置 (自然日 or 工作日), as the default deadline does.
  const setPreset = (days: number) =>
    change('deadline', addTerm(meetingDate, days, settings.deadlineUnit));

  return (
    <form className="grid" onSubmit={(e) => e.preventDefault()}>
      <SuggestField control={control} name="raisedBy" label={t.raisedBy} options={raisers} />
      {raisedBy === t.collective ? (
        <NumberField
          control={control}
          name="collectiveHouseholds"
          label={t.collectiveHouseholds}
          min={0}
          max={100000}
        />
      ) : null}
      <SelectField control={control} name="source" label={t.source} options={issueSources} />
      <SelectField
        control={control}
        name="category"
        label={t.category}
        options={settings.categories}
        allowClear
        empty=""
      />
      <SelectField
        control={control}
        name="nature"
        label={t.nature}
        options={issueNatures}
        allowClear
        empty=""
      />
      <SelectField control={control} name="urgency" label={t.urgency} options={urgencies} />
      <div className="wide">
        <TextField control={control} name="description" label={t.description} multiline rows={3} />
      </div>
      <TextField control={control} name="place" label={t.place} />
      <CheckboxField control={control} name="sensitive" label={t.sensitive} />
      <SelectField
        control={control}
        name="responseType"
        label={t.responseType}
        options={responseTypes}
        allowClear
      />
      <TextField control={control} name="respondedBy" label={t.respondedBy} />
      <div className="wide">
        <TextField
          control={control}
          name="responseText"
          label={t.responseText}
          multiline
          rows={2}
        />
      </div>
      {responseType === '上报转办' ? (
        <TextField control={control} name="forwardedTo" label={t.forwardedTo} />
      ) : null}
      {isCommitment({ responseType }) ? (
        <>
          <TextField control={control} name="unit" label={t.unit} />
          <TextField control={control} name="owner" label={t.owner} />
          <TextField control={control} name="cooperatingUnit" label={t.cooperatingUnit} />
          <DateField
            control={control}
            name="deadline"
            label={t.deadline}
            allowClear
            hint={
              <Space size={4} wrap>
                {deadlinePresets.map((days) => (
                  <Button
                    key={days}
                    size="small"
                    title={t.deadlinePresetTitle(days, settings.deadlineUnit)}
                    onClick={() => setPreset(days)}
                  >
                    {t.deadlinePreset(days, settings.deadlineUnit)}
                  </Button>
                ))}
                {warning ? (
                  <span className="field-hint" role="alert">
                    {warning}
                  </span>
                ) : null}
              </Space>
            }
          />
          <div className="wide">
            <TextField control={control} name="target" label={t.target} multiline rows={1} />
          </div>
        </>
      ) : null}
    </form>
  );
});
