// 冲突: versions that changed on both sides since they last met. Each stays listed (and the
// banner on every page stays) until the user keeps this computer's, takes the imported one, or
// keeps both (not for a meeting: its attendees and issues stay with the original; not for an
// attendee linked to a roster person, who is listed once per meeting). The fields, values and
// headings are the interface's words (conflict-view.ts).
import { Alert, App, Button, Card, Empty, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { keepBothRefusal, keepBothRefusals, type Resolution } from '../../../shared/exchange/merge';
import { useRepositories } from '../../app/data-context';
import { describeError } from '../../app/save-status';
import type { StoredConflict } from '../../db/database';
import { conflictLabels, conflictSubject, differences, formatTimestamp } from './conflict-view';

function ConflictCard({ conflict }: { conflict: StoredConflict }) {
  const repos = useRepositories();
  const { message } = App.useApp();
  const context = useLiveQuery(() => repos.exchange.conflictContext(conflict), [repos, conflict]);
  const resolve = (choice: Resolution) =>
    repos.exchange.resolve(conflict.id, choice).then(
      () => void message.success('已处理'),
      (error: unknown) => void message.error(`未能处理冲突：${describeError(error)}`),
    );
  const subject = conflictSubject(conflict.table, context?.local ?? conflict.incoming, {
    ...(context?.meeting ? { meeting: context.meeting } : {}),
    ...(context?.issue ? { issue: context.issue } : {}),
  });
  const refusal = keepBothRefusal(conflict.table, context?.local, conflict.incoming);
  return (
    <Card
      title={`${subject}：两边都改过`}
      extra={`来自“${conflict.fileName}”，${formatTimestamp(conflict.detectedAt)} 导入`}
      role="region"
      aria-label={`冲突：${subject}`}
    >
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        loading={context === undefined}
        dataSource={differences(conflict.table, context?.local, conflict.incoming)}
        columns={[
          { title: '字段', dataIndex: 'field' },
          { title: '本机', dataIndex: 'mine' },
          { title: '导入的文件', dataIndex: 'theirs' },
        ]}
      />
      <Space direction="vertical" style={{ marginTop: 12 }}>
        <Space>
          <Button onClick={() => void resolve('mine')}>保留本机</Button>
          <Button onClick={() => void resolve('theirs')}>采用导入</Button>
          {refusal === null && context !== undefined ? (
            <Button onClick={() => void resolve('both')}>两者都保留</Button>
          ) : null}
        </Space>
        {refusal === null ? null : (
          <Alert
            type="info"
            showIcon
            message={conflictLabels.keepBothRefusedTitle[refusal]}
            description={keepBothRefusals[refusal]}
          />
        )}
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
