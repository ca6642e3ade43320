// The meeting's own fields, in two autosaving forms: 基本信息, and 政策宣讲 / 议定事项.
import { createContext, useContext, useMemo } from 'react';
import { meetingSchema, type Meeting } from '../../../shared/domain/schemas';
import { cadreLevels } from '../../../shared/domain/vocabulary';
import { useRepositories } from '../../app/data-context';
import { DateField, NumberField, TextField, TimeField } from '../common/fields';
import { useAutosaveForm } from '../common/use-autosave-form';

const infoSchema = meetingSchema.pick({
  township: true,
  village: true,
  group: true,
  host: true,
  place: true,
  date: true,
  startTime: true,
  endTime: true,
  topics: true,
  chairName: true,
  chairPost: true,
  convener: true,
  recorderName: true,
  recorderPost: true,
  cadres: true,
  householdsCovered: true,
});
const notesSchema = meetingSchema.pick({ policy: true, decisions: true, notes: true });

function pick<T extends object>(meeting: Meeting, schema: { shape: T }) {
  return Object.fromEntries(
    Object.keys(schema.shape).map((key) => [key, meeting[key as keyof Meeting]]),
  ) as Partial<Meeting>;
}

/** Every cadre level has its slot, also in meetings stored before a level was added. */
function withAllLevels(meeting: Meeting): Meeting['cadres'] {
  return cadreLevels.map(
    (level) => meeting.cadres.find((c) => c.level === level) ?? { level, names: '' },
  );
}

const cadreLabels: Record<(typeof cadreLevels)[number], string> = {
  县: '参会县直干部',
  乡镇: '参会乡镇干部',
  村: '参会村干部',
  驻村工作队: '驻村工作队',
};

/** The meeting as stored, given to the forms by the meeting page (MeetingPage.tsx) on each change. */
export const StoredMeeting = createContext<Meeting | null>(null);

function useStoredMeeting(): Meeting {
  const meeting = useContext(StoredMeeting);
  if (!meeting) throw new Error('会议表单须在会议页面内使用');
  return meeting;
}

export function MeetingInfoForm() {
  const meeting = useStoredMeeting();
  const { meetings } = useRepositories();
  const form = useAutosaveForm<Partial<Meeting>>({
    values: { ...pick(meeting, infoSchema), cadres: withAllLevels(meeting) },
    version: meeting.rev,
    schema: infoSchema,
    save: (patch) => meetings.update(meeting.id, patch),
  });
  const { control } = form;
  // The fields keep themselves up to date through `control`: a save, which gives this form a new
  // `meeting`, does not render them again (antd's fields cost tens of ms a render on a slow laptop).
  return useMemo(
    () => (
      <form className="grid" aria-label="基本信息" onSubmit={(e) => e.preventDefault()}>
        <TextField control={control} name="township" label="乡镇" />
        <TextField control={control} name="village" label="村(社区)" />
        <TextField control={control} name="group" label="村民小组" />
        <TextField control={control} name="host" label="屋场" placeholder="在谁家屋场（户主）" />
        <TextField control={control} name="place" label="具体地点" />
        <DateField control={control} name="date" label="会议日期" />
        <TimeField control={control} name="startTime" label="开始时间" />
        <TimeField control={control} name="endTime" label="结束时间" />
        <TextField control={control} name="chairName" label="主持人" />
        <TextField control={control} name="chairPost" label="主持人职务" />
        <TextField control={control} name="convener" label="主事人" />
        <TextField control={control} name="recorderName" label="记录人" />
        <TextField control={control} name="recorderPost" label="记录人职务" />
        <NumberField
          control={control}
          name="householdsCovered"
          label="覆盖户数（不填则按名单计）"
          min={0}
          max={100000}
        />
        <div className="wide">
          <TextField control={control} name="topics" label="议题" multiline rows={2} />
        </div>
        {cadreLevels.map((level, index) => (
          <TextField
            key={level}
            control={control}
            name={`cadres.${index}.names`}
            label={cadreLabels[level]}
            placeholder="姓名，用顿号分隔"
          />
        ))}
      </form>
    ),
    [control],
  );
}

export function MeetingNotesForm() {
  const meeting = useStoredMeeting();
  const { meetings } = useRepositories();
  const form = useAutosaveForm<Partial<Meeting>>({
    values: pick(meeting, notesSchema),
    version: meeting.rev,
    schema: notesSchema,
    save: (patch) => meetings.update(meeting.id, patch),
  });
  const { control } = form;
  return useMemo(
    () => (
      <form
        aria-label="政策宣讲与议定事项"
        onSubmit={(e) => e.preventDefault()}
        style={{ display: 'grid', gap: 16 }}
      >
        <TextField control={control} name="policy" label="政策宣讲" multiline rows={4} />
        <TextField control={control} name="decisions" label="议定事项" multiline rows={4} />
        <TextField control={control} name="notes" label="备注" multiline rows={2} />
      </form>
    ),
    [control],
  );
}
