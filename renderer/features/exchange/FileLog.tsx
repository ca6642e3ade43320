// 文件记录: every 导出, 导入, 备份 and 恢复 made on this computer (domain.md §6).
import { Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../app/data-context';
import type { FileLogEntry } from '../../db/database';

export function FileLog() {
  const repos = useRepositories();
  const entries = useLiveQuery(() => repos.fileLog.list(), [repos], []);
  return (
    <Table<FileLogEntry>
      aria-label="文件记录"
      rowKey={(e) => String(e.id)}
      size="small"
      dataSource={entries}
      pagination={entries.length > 10 ? { pageSize: 10 } : false}
      columns={[
        {
          title: '时间',
          dataIndex: 'at',
          render: (at: string) => new Date(at).toLocaleString('zh-CN'),
        },
        { title: '操作', dataIndex: 'action' },
        { title: '内容', dataIndex: 'what' },
        { title: '文件', dataIndex: 'fileName' },
      ]}
    />
  );
}
