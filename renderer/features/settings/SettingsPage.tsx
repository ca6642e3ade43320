// 设置: the values that differ by locality (domain.md: configurable, never hard-coded).
import { Button, Descriptions, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { defaultSettings, settingsSchema, type Settings } from '../../../shared/domain/schemas';
import type { AppInfo } from '../../../shared/ipc/contract';
import { useRepositories, useSettings } from '../../app/data-context';
import { platform } from '../../platform';
import { closingRules, deadlineUnits } from '../../../shared/domain/follow-up-vocabulary';
import { NumberField, SelectField, TagsField, TextField } from '../common/fields';
import { useAutosaveForm } from '../common/use-autosave-form';

function SettingsForm({ settings }: { settings: Settings }) {
  const repos = useRepositories();
  const { control, reset } = useAutosaveForm<Settings>({
    values: settings,
    version: JSON.stringify(settings),
    schema: settingsSchema,
    save: async (patch) => repos.settings.save({ ...(await repos.settings.get()), ...patch }),
  });
  return (
    <form className="grid" aria-label="设置" onSubmit={(e) => e.preventDefault()}>
      <TextField control={control} name="township" label="乡镇名称" />
      <TextField
        control={control}
        name="meetingTypeLabel"
        label="会议名称"
        hint={<span className="field-hint">如：屋场会、院坝会、屋场恳谈会</span>}
      />
      <NumberField
        control={control}
        name="defaultDeadlineDays"
        label="默认办结时限（天）"
        min={1}
        max={365}
      />
      <SelectField
        control={control}
        name="deadlineUnit"
        label="办结时限计算方式"
        options={deadlineUnits}
      />
      <SelectField control={control} name="closingRule" label="销号条件" options={closingRules} />
      <div className="wide">
        <TagsField control={control} name="categories" label="问题类别" />
      </div>
      <div className="wide">
        <TagsField control={control} name="identityTags" label="身份" />
      </div>
      <div className="wide">
        <TagsField control={control} name="satisfactionScale" label="满意度" />
      </div>
      <div className="wide">
        <TagsField
          control={control}
          name="satisfiedValues"
          label="计为满意的选项（用于满意率与销号）"
        />
      </div>
      <div className="wide">
        <Button
          onClick={() => {
            void repos.settings.save(defaultSettings).then((saved) => reset(saved));
          }}
        >
          恢复默认设置
        </Button>
      </div>
    </form>
  );
}

export function SettingsPage() {
  const settings = useSettings();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void platform.appInfo().then(setInfo);
  }, []);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3}>设置</Typography.Title>
      <SettingsForm key={settings === defaultSettings ? 'default' : 'stored'} settings={settings} />
      {info ? (
        <Descriptions title="关于" size="small" column={1}>
          <Descriptions.Item label="版本">{info.version}</Descriptions.Item>
          <Descriptions.Item label="数据位置">{info.dataFolder}</Descriptions.Item>
        </Descriptions>
      ) : null}
    </Space>
  );
}
