// The home screen's baseline: a bare React + antd page that shows one table, marked
// interactive once it is on screen. Built and served like the app by home-bench.ts.
import { ConfigProvider, Table } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Page() {
  useEffect(() => {
    performance.mark('baseline-interactive');
  }, []);
  return (
    <ConfigProvider locale={zhCN}>
      <Table
        rowKey="id"
        columns={[
          { title: '日期', dataIndex: 'date' },
          { title: '村(社区)', dataIndex: 'village' },
          { title: '状态', dataIndex: 'status' },
        ]}
        dataSource={[]}
      />
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<Page />);
