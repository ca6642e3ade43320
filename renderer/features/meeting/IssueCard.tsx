// One issue: who raised it, what, and the response on the spot. Choosing 交办 (or 上报转办,
// 矛盾调处) opens the commitment fields: 责任单位, 责任人, 办结时限 with 3 / 7 / 15 / 30-day presets.
import { Button, Space, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { addDays } from '../../../shared/domain/dates';
import { deadlineWarning } from '../../../shared/domain/deadline';
import { isCommitment } from '../../../shared/domain/lifecycle';
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
} from '../../../shared/domain/vocabulary';
import { useRepositories } from '../../app/data-context';
import { CheckboxField, DateField, SelectField, SuggestField, TextField } from '../common/fields';
import { useAutosaveForm } from '../common/use-autosave-form';
import { useUndoableDelete } from './use-undoable-delete';

export const issueFormSchema = issueSchema.pick({
  raisedBy: true,
  source: true,
  category: true,
  nature: true,
  description: true,
  place: true,
  sensitive: true,
  responseType: true,
  responseText: true,
  respondedBy: true,
  unit: true,
  owner: true,
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

type Props = {
  issue: Issue;
  meeting: Meeting;
  attendance: Attendance[];
  settings: Settings;
  autoFocus: boolean;
};

export function IssueCard({ issue, meeting, attendance, settings, autoFocus }: Props) {
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
  const responseType = useWatch({ control, name: 'responseType' });
  const deadline = useWatch({ control, name: 'deadline' });
  const warning = deadlineWarning(meeting.date, deadline);

  useEffect(() => {
    if (autoFocus) card.current?.querySelector('input')?.focus();
  }, [autoFocus]);

  const setPreset = (days: number) => change('deadline', addDays(meeting.date, days));

  return (
    <section ref={card} className="issue-card" aria-label={`诉求 ${issue.seq}`}>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 8 }}>
        <Typography.Text strong>
          第 {issue.seq} 条 <Tag>{issue.status}</Tag>
        </Typography.Text>
        <Button danger type="text" onClick={() => remove(issue.id, `第 ${issue.seq} 条`)}>
          删除
        </Button>
      </Space>
      <form className="grid" onSubmit={(e) => e.preventDefault()}>
        <SuggestField
          control={control}
          name="raisedBy"
          label="反映人"
          options={[...attendance.map((a) => a.name), '匿名', '集体反映']}
        />
        <SelectField control={control} name="source" label="来源" options={issueSources} />
        <SelectField
          control={control}
          name="category"
          label="问题类别"
          options={settings.categories}
        />
        <SelectField control={control} name="nature" label="诉求性质" options={issueNatures} />
        <div className="wide">
          <TextField control={control} name="description" label="问题描述" multiline rows={3} />
        </div>
        <TextField control={control} name="place" label="涉及地点" />
        <CheckboxField control={control} name="sensitive" label="敏感（公示时不公开）" />
        <SelectField
          control={control}
          name="responseType"
          label="处置方式"
          options={responseTypes}
          allowClear
        />
        <TextField control={control} name="respondedBy" label="答复人" />
        <div className="wide">
          <TextField control={control} name="responseText" label="答复内容" multiline rows={2} />
        </div>
        {responseType === '上报转办' ? (
          <TextField control={control} name="forwardedTo" label="转办部门" />
        ) : null}
        {isCommitment({ responseType }) ? (
          <>
            <TextField control={control} name="unit" label="责任单位" />
            <TextField control={control} name="owner" label="责任人" />
            <DateField
              control={control}
              name="deadline"
              label="办结时限"
              allowClear
              hint={
                <Space size={4} wrap>
                  {deadlinePresets.map((days) => (
                    <Button key={days} size="small" onClick={() => setPreset(days)}>
                      {days}天
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
              <TextField control={control} name="target" label="办理目标" multiline rows={1} />
            </div>
          </>
        ) : null}
      </form>
    </section>
  );
}
