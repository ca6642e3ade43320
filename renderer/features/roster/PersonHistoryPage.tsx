// One villager's history (#/persons/<id>, issue 11): who they are as the roster has them, how
// often they came and what they raised, then the meetings and the issues with what became of
// each. Phones are masked unless asked for, as on the 村民名册 screen (domain.md §6).
import { Descriptions, Space, Spin, Switch, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { maskPhone } from '../../../shared/docs/privacy';
import { localIsoDate } from '../../../shared/domain/dates';
import type { Person } from '../../../shared/domain/schemas';
import { useRepositories } from '../../app/data-context';
import { routeHref } from '../../app/router';
import { historyLabels as t } from './history-labels';
import { AttendedMeetings, RaisedIssues } from './PersonHistoryTables';

function PersonFacts({ person }: { person: Person }) {
  const [showPhone, setShowPhone] = useState(false);
  const phone = showPhone ? person.phone : maskPhone(person.phone);
  return (
    <Descriptions size="small" column={3} bordered title={t.details}>
      <Descriptions.Item label={t.fields.name}>{person.name}</Descriptions.Item>
      <Descriptions.Item label={t.fields.village}>{person.village || t.none}</Descriptions.Item>
      <Descriptions.Item label={t.fields.group}>{person.group || t.none}</Descriptions.Item>
      <Descriptions.Item label={t.fields.household}>{person.household || t.none}</Descriptions.Item>
      <Descriptions.Item label={t.fields.tags}>
        {person.tags.length ? person.tags.join('、') : t.noTags}
      </Descriptions.Item>
      <Descriptions.Item label={t.fields.phone}>
        <Space size={12} wrap>
          <span data-testid="person-phone">{phone || t.none}</span>
          {person.phone ? (
            <Space size={6}>
              <Switch
                id="person-show-phone"
                size="small"
                checked={showPhone}
                onChange={setShowPhone}
              />
              <label htmlFor="person-show-phone">{t.showPhones}</label>
            </Space>
          ) : null}
        </Space>
      </Descriptions.Item>
    </Descriptions>
  );
}

export function PersonHistoryPage({ personId }: { personId: string }) {
  const repos = useRepositories();
  const today = localIsoDate(new Date());
  const history = useLiveQuery(
    () => repos.roster.history(personId, today),
    [repos, personId, today],
  );
  const back = <a href={routeHref({ page: 'roster' })}>{t.back}</a>;
  if (history === undefined) {
    return (
      <Space direction="vertical">
        <Typography.Text role="status">{t.loading}</Typography.Text>
        <Spin />
      </Space>
    );
  }
  if (history === null) {
    return (
      <Space direction="vertical">
        {back}
        <Typography.Paragraph role="status">{t.notFound}</Typography.Paragraph>
      </Space>
    );
  }
  const { person, counts } = history;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {back}
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t.title(person.name)}
      </Typography.Title>
      <PersonFacts person={person} />
      <Typography.Text strong data-testid="person-counts">
        {t.counts(counts.attended, counts.excused, counts.issues, counts.closed)}
      </Typography.Text>
      <AttendedMeetings meetings={history.meetings} />
      <RaisedIssues issues={history.issues} />
    </Space>
  );
}
