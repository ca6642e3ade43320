// 统计口径 in 设置: one choice per rate, each worded by the formula it counts (statistics-rates.ts),
// with the sentence the statistics tables print under them as it stands now.
import { Radio, Select, Typography } from 'antd';
import { useId } from 'react';
import { Controller, useWatch, type Control } from 'react-hook-form';
import type { Settings } from '../../../shared/domain/schemas';
import {
  describeRate,
  rateFormula,
  rateLabels,
  rateSettingKeys,
  satisfiedAnswers,
  type RateKey,
} from '../../../shared/domain/statistics-rates';
import {
  completionBases,
  followUpBases,
  onTheSpotCounts,
  onTimeBases,
} from '../../../shared/domain/statistics-vocabulary';
import { RadioField } from '../common/fields';
import { settingsLabels } from './labels';

const t = settingsLabels.statistics;

/** The rates chosen from a fixed list, and that list. */
const choices = {
  onTheSpot: onTheSpotCounts,
  completion: completionBases,
  onTime: onTimeBases,
  followUp: followUpBases,
} as const satisfies Partial<Record<RateKey, readonly string[]>>;

type Watched = Pick<Settings, 'statistics' | 'satisfiedValues'>;

function useWatched(control: Control<Settings>): Watched {
  const [statistics, satisfiedValues] = useWatch({
    control,
    name: ['statistics', 'satisfiedValues'],
  });
  return { statistics, satisfiedValues };
}

function Printed({ rate, settings }: { rate: RateKey; settings: Watched }) {
  const sentence = describeRate(rate, settings.statistics, satisfiedAnswers(settings));
  return <span className="field-hint">{t.printed(sentence)}</span>;
}

function ChoiceField({
  control,
  rate,
  settings,
}: {
  control: Control<Settings>;
  rate: keyof typeof choices;
  settings: Watched;
}) {
  const setting = rateSettingKeys[rate];
  const options = choices[rate].map((value) => ({
    value,
    label: rateFormula(rate, { ...settings.statistics, [setting]: value }, []),
  }));
  return (
    <RadioField
      control={control}
      name={`statistics.${setting}`}
      label={rateLabels[rate]}
      options={options}
      hint={<Printed rate={rate} settings={settings} />}
    />
  );
}

/** 满意率: the answers closing counts as satisfied (null), or a list of its own from the scale. */
function SatisfactionField({
  control,
  settings,
}: {
  control: Control<Settings>;
  settings: Watched;
}) {
  const id = useId();
  const scale = useWatch({ control, name: 'satisfactionScale' });
  return (
    <Controller
      control={control}
      name="statistics.satisfiedValues"
      render={({ field }) => (
        <div className="field">
          <span id={`${id}-label`} className="field-label">
            {rateLabels.satisfaction}
          </span>
          <Radio.Group
            aria-labelledby={`${id}-label`}
            value={field.value === null ? 'same' : 'own'}
            onChange={(e) =>
              field.onChange(e.target.value === 'same' ? null : [...settings.satisfiedValues])
            }
            onBlur={field.onBlur}
            options={[
              { value: 'same', label: t.sameAsClosing(settings.satisfiedValues) },
              { value: 'own', label: t.ownAnswers },
            ]}
            vertical
          />
          {field.value === null ? null : (
            <>
              <label htmlFor={`${id}-own`}>{t.ownAnswersField}</label>
              <Select
                id={`${id}-own`}
                mode="multiple"
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                options={[...new Set([...scale, ...field.value])].map((v) => ({
                  value: v,
                  label: v,
                }))}
                style={{ width: '100%' }}
              />
            </>
          )}
          <Printed rate="satisfaction" settings={settings} />
        </div>
      )}
    />
  );
}

export function RateDefinitions({ control, title }: { control: Control<Settings>; title: string }) {
  const settings = useWatched(control);
  const id = useId();
  return (
    <section className="wide grid" aria-labelledby={id}>
      <div className="wide">
        <Typography.Title level={4} id={id} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Typography.Text type="secondary">{t.intro}</Typography.Text>
      </div>
      {(Object.keys(choices) as (keyof typeof choices)[]).map((rate) => (
        <div className="wide" key={rate}>
          <ChoiceField control={control} rate={rate} settings={settings} />
        </div>
      ))}
      <div className="wide">
        <SatisfactionField control={control} settings={settings} />
      </div>
    </section>
  );
}
