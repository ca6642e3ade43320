// 导入记录: every import batch, with 撤销本批 while it has not been undone.
import { App, Button, Popconfirm, Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ImportBatch } from '../../db/database';
import { useRepositories } from '../../app/data-context';
import { describeError } from '../../app/save-status';
import { describeUndo } from './import-flow';

export function ImportLog() {
  const repos = useRepositories();
  const { message } = App.useApp();
  const batches = useLiveQuery(() => repos.exchange.listBatches(), [repos], []);
  const undo = async (batch: ImportBatch) => {
    try {
      void message.success(describeUndo(await repos.exchange.undoBatch(batch.id)));
    } catch (error) {
      // undoBatch is one transaction: when it fails, nothing of the batch was taken back.
      void message.error(`撤销失败，数据未改动：${describeError(error)}`);
    }
  };
  return (
    <Table<ImportBatch>
      aria-label="导入记录"
      rowKey="id"
      size="small"
      dataSource={batches}
      pagination={batches.length > 10 ? { pageSize: 10 } : false}
      columns={[
        {
          title: '时间',
          dataIndex: 'at',
          render: (at: string) => new Date(at).toLocaleString('zh-CN'),
        },
        { title: '文件', render: (_, b) => b.files.map((f) => f.name).join('、') },
        {
          title: '新增/更新/冲突/拒绝',
          render: (_, b) =>
            b.files
              .map(
                (f) =>
                  `${f.counts.new}/${f.counts.updated}/${f.counts.conflict}/${f.counts.refused ?? 0}`,
              )
              .join('，'),
        },
        {
          title: '',
          render: (_, b) =>
            b.undoneAt ? (
              '已撤销'
            ) : (
              <Popconfirm
                title="撤销这一批导入？"
                okText="撤销"
                cancelText="取消"
                onConfirm={() => void undo(b)}
              >
                <Button size="small">撤销本批</Button>
              </Popconfirm>
            ),
        },
      ]}
    />
  );
}
