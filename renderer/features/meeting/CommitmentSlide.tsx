// One commitment as it is read aloud in 现场承诺确认: the issue's 第N条, who raised it, what was
// said (long text folded behind 展开), the response and the promise, editable on the spot, and
// what it still lacks.
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { missingCommitmentFacts } from '../../../shared/domain/completeness';
import { formatChineseDate } from '../../../shared/domain/dates';
import { commitmentDeadline } from '../../../shared/domain/deadline';
import { issueSchema, type Issue } from '../../../shared/domain/schemas';
import { useRepositories } from '../../app/data-context';
import { DateField, TextField } from '../common/fields';
import { useAutosaveForm } from '../common/use-autosave-form';
import { issueLabels, reviewLabels as t } from './labels';

const commitmentSchema = issueSchema.pick({
  responseText: true,
  unit: true,
  owner: true,
  deadline: true,
});
type CommitmentValues = Pick<Issue, 'responseText' | 'unit' | 'owner' | 'deadline'>;

/** Longer than this, a description is folded: the room hears the promise, not the whole story. */
export const foldAfterCharacters = 120;

function FoldedText({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  if (text.length <= foldAfterCharacters) return <span>{text}</span>;
  return (
    <span>
      {open ? text : `${text.slice(0, foldAfterCharacters)}…`}{' '}
      <Button type="link" size="large" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t.collapse : t.expand}
      </Button>
    </span>
  );
}

export function CommitmentSlide({ issue }: { issue: Issue }) {
  const { issues } = useRepositories();
  const deadline = commitmentDeadline(issue);
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
  const missing = missingCommitmentFacts(issue);
  return (
    <article className="commitment" aria-label={t.commitment(issue.seq)}>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {issueLabels.number(issue.seq)}
      </Typography.Title>
      <p>
        <b>{t.raised(issue.raisedBy)}</b>
        <FoldedText text={issue.description} />
      </p>
      <p>
        {t.response}：{issue.responseType}
        {issue.forwardedTo ? t.forwardedTo(issue.forwardedTo) : ''}
        {deadline ? t.deadline(formatChineseDate(deadline)) : ''}
      </p>
      {missing.length > 0 ? (
        <p className="missing" role="note">
          {issueLabels.missing(missing)}
        </p>
      ) : null}
      <form className="grid" onSubmit={(e) => e.preventDefault()}>
        <div className="wide">
          <TextField
            control={control}
            name="responseText"
            label={issueLabels.responseText}
            multiline
            rows={1}
          />
        </div>
        <TextField control={control} name="unit" label={issueLabels.unit} />
        <TextField control={control} name="owner" label={issueLabels.owner} />
        <DateField control={control} name="deadline" label={issueLabels.deadline} allowClear />
      </form>
    </article>
  );
}
