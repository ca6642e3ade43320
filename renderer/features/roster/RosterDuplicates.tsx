// 重复人员: the persons kept who look like one villager (same name in the same 组, or the same
// phone), each group with a 保留此人 per person; confirming merges the others into the one kept
// (repos.roster.merge: its attendance moves over, the others are deleted).
import { App, Button, List, Modal, Popconfirm, Space, Typography } from 'antd';
import { memo, useState } from 'react';
import { maskPhone } from '../../../shared/docs/privacy';
import type { Person } from '../../../shared/domain/schemas';
import { useRepositories } from '../../app/data-context';
import { describeError } from '../../app/errors';
import { rosterLabels as t } from './labels';
import { placeOf, type StoredDuplicateGroup } from './roster-view';

type Props = { groups: readonly StoredDuplicateGroup[]; showPhones: boolean };

/** Rendered again only when the groups or phones change, not on every key of the search. */
export const RosterDuplicates = memo(function RosterDuplicates({ groups, showPhones }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button disabled={groups.length === 0} onClick={() => setOpen(true)}>
        {t.duplicatesButton(groups.length)}
      </Button>
      <Modal
        open={open}
        width={760}
        title={t.duplicatesPanel}
        onCancel={() => setOpen(false)}
        footer={<Button onClick={() => setOpen(false)}>{t.close}</Button>}
      >
        {groups.length === 0 ? (
          <Typography.Text>{t.noDuplicates}</Typography.Text>
        ) : (
          groups.map((group) => (
            <DuplicateGroupView key={group.key} group={group} showPhones={showPhones} />
          ))
        )}
      </Modal>
    </>
  );
});

function DuplicateGroupView({
  group,
  showPhones,
}: {
  group: StoredDuplicateGroup;
  showPhones: boolean;
}) {
  const repos = useRepositories();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const phone = (value: string) => (showPhones ? value : maskPhone(value));
  const first = group.persons[0];
  if (!first) return null;
  const title =
    group.reason === 'name'
      ? t.sameName(first.name, placeOf(first))
      : t.samePhone(phone(first.phone));

  const keep = async (kept: Person) => {
    setBusy(true);
    // One merge (one transaction) per other person: a failure leaves the earlier ones done.
    let done = 0;
    try {
      const others = group.persons.filter((p) => p.id !== kept.id);
      for (const other of others) {
        await repos.roster.merge(kept.id, other.id);
        done += 1;
      }
      void message.success(t.merged(kept.name, others.length));
    } catch (error) {
      const said = done === 0 ? t.mergeFailed : t.mergeStopped(done);
      void message.error(`${said}：${describeError(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label={title} className="roster-duplicate-group">
      <Typography.Title level={5}>{title}</Typography.Title>
      <List
        size="small"
        dataSource={group.persons}
        rowKey="id"
        renderItem={(person) => (
          <List.Item
            actions={[
              <Popconfirm
                key="keep"
                title={t.mergeConfirm(person.name, group.persons.length - 1)}
                okText={t.mergeOk}
                cancelText={t.cancel}
                onConfirm={() => void keep(person)}
              >
                <Button
                  size="small"
                  loading={busy}
                  aria-label={t.keepLabel(person.name, placeOf(person))}
                >
                  {t.keep}
                </Button>
              </Popconfirm>,
            ]}
          >
            <Space wrap size="middle">
              <Typography.Text strong>{person.name}</Typography.Text>
              <span>{placeOf(person)}</span>
              {person.household && <span>{`${t.fields.household}：${person.household}`}</span>}
              {person.tags.length > 0 && <span>{person.tags.join('、')}</span>}
              {person.phone && <span>{phone(person.phone)}</span>}
            </Space>
          </List.Item>
        )}
      />
    </section>
  );
}
