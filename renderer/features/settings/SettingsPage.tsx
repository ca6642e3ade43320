// 设置: the values that differ by locality (domain.md: configurable, never hard-coded). The form
// appears only once the stored settings are read, so nothing it shows before can be written.
import { Alert, App, Button, Descriptions, Space, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { defaultSettings, settingsSchema, type Settings } from '../../../shared/domain/schemas';
import type { AppInfo } from '../../../shared/ipc/contract';
import { useRepositories } from '../../app/data-context';
import { describeError } from '../../app/errors';
import { isDesktop, platform } from '../../platform';
import { closingRules, deadlineUnits } from '../../../shared/domain/follow-up-vocabulary';
import { NumberField, SelectField, TagsField, TextField } from '../common/fields';
import { useAutosaveForm } from '../common/use-autosave-form';
import { settingsLabels } from './labels';
import { RateDefinitions } from './RateDefinitions';

function SettingsForm({ settings }: { settings: Settings }) {
  const repos = useRepositories();
  const { message } = App.useApp();
  const labels = settingsLabels.fields;
  const { control, reset, flush } = useAutosaveForm<Settings>({
    values: settings,
    version: JSON.stringify(settings),
    schema: settingsSchema,
    save: (patch) => repos.settings.update(patch),
  });
  const restoreDefaults = async () => {
    try {
      await flush();
      reset(await repos.settings.save(defaultSettings));
      void message.success(settingsLabels.restored);
    } catch (error) {
      void message.error(`${settingsLabels.restoreFailed}${describeError(error)}`);
    }
  };
  return (
    <form className="grid" aria-label="设置" onSubmit={(e) => e.preventDefault()}>
      <TextField control={control} name="township" label={labels.township} />
      <TextField
        control={control}
        name="meetingTypeLabel"
        label={labels.meetingTypeLabel}
        hint={<span className="field-hint">{settingsLabels.meetingTypeHint}</span>}
      />
      <NumberField
        control={control}
        name="defaultDeadlineDays"
        label={labels.defaultDeadlineDays}
        min={1}
        max={365}
      />
      <SelectField
        control={control}
        name="deadlineUnit"
        label={labels.deadlineUnit}
        options={deadlineUnits}
      />
      <SelectField
        control={control}
        name="closingRule"
        label={labels.closingRule}
        options={closingRules}
      />
      <div className="wide">
        <TagsField control={control} name="categories" label={labels.categories} />
      </div>
      <div className="wide">
        <TagsField control={control} name="identityTags" label={labels.identityTags} />
      </div>
      <div className="wide">
        <TagsField control={control} name="satisfactionScale" label={labels.satisfactionScale} />
      </div>
      <div className="wide">
        <TagsField control={control} name="satisfiedValues" label={labels.satisfiedValues} />
      </div>
      <RateDefinitions control={control} title={labels.statistics} />
      <div className="wide">
        <Button onClick={() => void restoreDefaults()}>{settingsLabels.restoreDefaults}</Button>
      </div>
    </form>
  );
}

export function SettingsPage() {
  const repos = useRepositories();
  const stored = useLiveQuery(() => repos.settings.read(), [repos]);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const { message } = App.useApp();
  useEffect(() => {
    platform.appInfo().then(setInfo, () => setInfo(null));
  }, []);
  const openLogFolder = async () => {
    try {
      const result = await platform.openLogFolder();
      if (result.status === 'failed') void message.error(result.message);
    } catch (error) {
      void message.error(`${settingsLabels.logFolderFailed}：${describeError(error)}`);
    }
  };
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3}>{settingsLabels.title}</Typography.Title>
      {stored === undefined ? (
        <Spin tip={settingsLabels.loading}>
          <div style={{ minHeight: 80 }} />
        </Spin>
      ) : (
        <>
          {stored.fallbacks.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              message={settingsLabels.fallbacks(
                stored.fallbacks.map((key) => settingsLabels.fields[key]),
              )}
            />
          ) : null}
          <SettingsForm settings={stored.settings} />
        </>
      )}
      {info ? (
        <Descriptions title={settingsLabels.about} size="small" column={1}>
          <Descriptions.Item label={settingsLabels.version}>{info.version}</Descriptions.Item>
          <Descriptions.Item label={settingsLabels.dataFolder}>{info.dataFolder}</Descriptions.Item>
          <Descriptions.Item label={settingsLabels.logFolder}>
            {info.logFolder}
            {isDesktop ? (
              <Button type="link" size="small" onClick={() => void openLogFolder()}>
                {settingsLabels.openLogFolder}
              </Button>
            ) : null}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
    </Space>
  );
}
