// The form of one follow-up step: the fields that step needs, checked by the shared rules when
// it is taken. A refusal stays on screen with its reason and the typed text is kept.
import { Alert, Button, Checkbox, DatePicker, Form, Input, Radio, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { blankStep, type FollowUpStep } from '../../../shared/domain/follow-up';
import type { ProgressKind } from '../../../shared/domain/follow-up-vocabulary';
import { localIsoDate } from '../../../shared/domain/dates';
import type { Issue, Settings } from '../../../shared/domain/schemas';
import { followUpMethods } from '../../../shared/domain/vocabulary';
import { followUpLabels as labels, stepLabels } from './labels';

type Props = {
  kind: ProgressKind;
  issue: Issue;
  settings: Settings;
  onTake: (step: FollowUpStep) => Promise<string | null>;
  onDone: () => void;
};

const withMethod: readonly ProgressKind[] = ['进展', '回访'];

function initialStep(kind: ProgressKind, issue: Issue): FollowUpStep {
  const step = blankStep(kind, localIsoDate(new Date()));
  if (kind === '转办答复') step.department = issue.forwardedTo;
  if (kind === '进展' || kind === '办结') step.by = issue.owner;
  return step;
}

export function StepForm({ kind, issue, settings, onTake, onDone }: Props) {
  const [step, setStep] = useState(() => initialStep(kind, issue));
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const words = stepLabels[kind];
  const set = (patch: Partial<FollowUpStep>) => setStep((s) => ({ ...s, ...patch }));

  async function submit() {
    setBusy(true);
    const reason = await onTake(step);
    setBusy(false);
    setRefusal(reason);
    if (reason === null) onDone();
  }

  return (
    <Form layout="vertical" aria-label={words.button} onFinish={() => void submit()}>
      <Space wrap align="start">
        <Form.Item label={words.date} htmlFor="step-date">
          <DatePicker
            id="step-date"
            value={step.date ? dayjs(step.date) : null}
            onChange={(d) => set({ date: d ? d.format('YYYY-MM-DD') : '' })}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            allowClear={false}
          />
        </Form.Item>
        {withMethod.includes(kind) ? (
          <Form.Item label={labels.fields.method} htmlFor="step-method">
            <Select
              id="step-method"
              style={{ width: 120 }}
              value={step.method || undefined}
              onChange={(method) => set({ method })}
              options={followUpMethods.map((m) => ({ value: m, label: m }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item label={words.by} htmlFor="step-by">
          <Input id="step-by" value={step.by} onChange={(e) => set({ by: e.target.value })} />
        </Form.Item>
        {kind === '转办答复' ? (
          <Form.Item label={labels.fields.department} htmlFor="step-department">
            <Input
              id="step-department"
              value={step.department}
              onChange={(e) => set({ department: e.target.value })}
            />
          </Form.Item>
        ) : null}
        {kind === '规划复核' ? (
          <Form.Item label={labels.fields.nextReviewOn} htmlFor="step-next">
            <DatePicker
              id="step-next"
              value={step.nextReviewOn ? dayjs(step.nextReviewOn) : null}
              onChange={(d) => set({ nextReviewOn: d ? d.format('YYYY-MM-DD') : '' })}
            />
          </Form.Item>
        ) : null}
      </Space>
      {kind === '回访' ? (
        <Form.Item label={labels.fields.satisfaction}>
          <Radio.Group
            aria-label={labels.fields.satisfaction}
            value={step.satisfaction}
            onChange={(e) => set({ satisfaction: String(e.target.value) })}
            options={settings.satisfactionScale.map((v) => ({ value: v, label: v }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item label={words.text} htmlFor="step-text">
        <Input.TextArea
          id="step-text"
          rows={2}
          value={step.text}
          onChange={(e) => set({ text: e.target.value })}
        />
      </Form.Item>
      {kind === '规划复核' ? (
        <Form.Item>
          <Checkbox
            checked={step.startWork === true}
            onChange={(e) => set({ startWork: e.target.checked })}
          >
            {labels.fields.startWork}
          </Checkbox>
        </Form.Item>
      ) : null}
      {refusal ? <Alert type="error" role="alert" showIcon message={refusal} /> : null}
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" htmlType="submit" loading={busy}>
          {labels.submit}
        </Button>
        <Button onClick={onDone}>{labels.cancel}</Button>
      </Space>
    </Form>
  );
}
