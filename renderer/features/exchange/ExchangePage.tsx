// 导入与备份: everything that moves data between laptops, the office and the disk.
import { Card, Space, Typography } from 'antd';
import { BackupPanel } from './BackupPanel';
import { ExportExchangePanel } from './ExportExchangePanel';
import { FileLog } from './FileLog';
import { ImportLog } from './ImportLog';
import { ImportPanel } from './ImportPanel';

export function ExchangePage() {
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3}>导入与备份</Typography.Title>
      <Card title="导入">
        <ImportPanel />
      </Card>
      <Card title="导出交换文件">
        <ExportExchangePanel />
      </Card>
      <Card title="备份与恢复">
        <BackupPanel />
      </Card>
      <Card title="导入记录">
        <ImportLog />
      </Card>
      <Card title="文件记录（导出、导入、备份、恢复）">
        <FileLog />
      </Card>
    </Space>
  );
}
