// 冲突: versions that changed on both sides since they last met. Each stays listed (and the
// banner on every page stays) until the user keeps this computer's, takes the imported one, or
// keeps both.
import { App, Button, Card, Empty, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { tableLabels, type ExchangeRecord } from '../../../shared/exchange/format';
import type { Resolution } from '../../../shared/exchange/merge';
import { useRepositories } from '../../app/data-context';
import { describeError } from '../../app/save-status';
import type { StoredConflict } from '../../db/database';

const bookkeeping = new Set(['rev', 'clock', 'deviceId', 'updatedAt', 'createdAt', 'id']);

function differences(local: ExchangeRecord | undefined, incoming: ExchangeRecord) {
  const keys = Object.keys(incoming).filter((k) => !bookkeeping.has(k));
  const show = (v: unknown) =>
    v === null || v === '' ? '（空）' : typeof v === 'string' ? v : JSON.stringify(v);
  return keys
    .filter(
      (k) =>
        JSON.stringify(local?.[k as keyof ExchangeRecord]) !==
        JSON.stringify(incoming[k as keyof ExchangeRecord]),
    )
    .map((k) => ({
      field: k,
      mine: show(local?.[k as keyof ExchangeRecord]),
      theirs: show(incoming[k as keyof ExchangeRecord]),
    }));
}

function ConflictCard({ conflict }: { conflict: StoredConflict }) {
  const repos = useRepositories();
  const { message } = App.useApp();
  const local = useLiveQuery(() => repos.exchange.localVersion(conflict), [repos, conflict]);
  const resolve = (choice: Resolution) =>
    repos.exchange.resolve(conflict.id, choice).then(
      () => void message.success('已处理'),
      (error: unknown) => void message.error(describeError(error)),
    );
  return (
    <Card
      title={`${tableLabels[conflict.table]}：两边都改过`}
      extra={`来自“${conflict.fileName}”`}
      role="region"
      aria-label={`冲突 ${conflict.recordId}`}
    >
      <Table
        size="small"
        pagination={false}
        rowKey="field"
        dataSource={differences(local, conflict.incoming)}
        columns={[
          { title: '字段', dataIndex: 'field' },
          { title: '本机', dataIndex: 'mine' },
          { title: '导入的文件', dataIndex: 'theirs' },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button onClick={() => void resolve('mine')}>保留本机</Button>
        <Button onClick={() => void resolve('theirs')}>采用导入</Button>
        <Button onClick={() => void resolve('both')}>两者都保留</Button>
      </Space>
    </Card>
  );
}

export function ConflictsPage() {
  const repos = useRepositories();
  const conflicts = useLiveQuery(() => repos.exchange.listConflicts(), [repos], []);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>导入冲突</Typography.Title>
      {conflicts.length === 0 ? <Empty description="没有待处理的冲突" /> : null}
      {conflicts.map((c) => (
        <ConflictCard key={c.id} conflict={c} />
      ))}
    </Space>
  );
}
