// 导入: pick or drop many files at once (.docx 记录/纪要, .json exchange files, backups). Each is
// checked and previewed (新增 / 更新 / 未变 / 冲突 / 拒绝 with the reason) before anything is written.
import { App, Button, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { countDecisions, type Decision } from '../../../shared/exchange/merge';
import { useRepositories } from '../../app/data-context';
import { describeError } from '../../app/save-status';
import { platform } from '../../platform';
import { checkFiles, readDropped, type CheckedFile } from './read-files';

type Row = { name: string; counts?: Record<Decision, number>; rejected?: string };

export function ImportPanel() {
  const repos = useRepositories();
  const { message } = App.useApp();
  const [checked, setChecked] = useState<CheckedFile[]>([]);
  const [rows, setRows] = useState<Row[]>([]);
  const [busy, setBusy] = useState(false);

  const load = async (files: { name: string; bytes?: Uint8Array; error?: string }[]) => {
    setBusy(true);
    try {
      const results = await checkFiles(files);
      const accepted = results.filter((r) => r.ok);
      const plans = await repos.exchange.preview(accepted);
      setChecked(results);
      setRows(
        results.map((r) => {
          if (!r.ok) return { name: r.name, rejected: r.message };
          return { name: r.name, counts: countDecisions(plans[accepted.indexOf(r)] ?? []) };
        }),
      );
    } catch (error) {
      void message.error(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const choose = async () => {
    const result = await platform.openFiles({
      title: '选择要导入的文件',
      filters: [{ name: '屋场会文件', extensions: ['docx', 'json'] }],
      multiple: true,
    });
    if (result.status === 'opened')
      await load(
        result.files.map((f) =>
          'bytes' in f ? { name: f.name, bytes: f.bytes } : { name: f.name, error: f.error },
        ),
      );
  };

  const apply = async () => {
    const accepted = checked.filter((r) => r.ok);
    setBusy(true);
    try {
      const batch = await repos.exchange.apply(accepted);
      for (const f of batch.files) {
        await repos.fileLog.record({
          action: '导入',
          what: `新增 ${f.counts.new}，更新 ${f.counts.updated}，冲突 ${f.counts.conflict}`,
          fileName: f.name,
        });
      }
      const conflicts = batch.files.reduce((n, f) => n + f.counts.conflict, 0);
      void message.success(conflicts > 0 ? `已导入，有 ${conflicts} 条冲突待处理` : '已导入');
      setChecked([]);
      setRows([]);
    } catch (error) {
      void message.error(`导入失败，数据库未做任何改动：${describeError(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const acceptedCount = checked.filter((r) => r.ok).length;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph>
        可一次选择或拖入多个文件：本软件导出的记录、纪要（.docx），交换文件（.json）。导入前先预览，确认后一次写入，可整批撤销。
      </Typography.Paragraph>
      <Upload.Dragger
        multiple
        showUploadList={false}
        accept=".docx,.json"
        beforeUpload={(_file, list) => {
          if (_file === list[0]) void readDropped(list).then(load);
          return false;
        }}
      >
        <p>把文件拖到这里</p>
      </Upload.Dragger>
      <Space>
        <Button onClick={() => void choose()} loading={busy}>
          选择文件…
        </Button>
        <Button
          type="primary"
          disabled={acceptedCount === 0}
          loading={busy}
          onClick={() => void apply()}
        >
          导入（{acceptedCount} 个文件）
        </Button>
      </Space>
      {rows.length > 0 ? (
        <Table<Row>
          aria-label="导入预览"
          rowKey="name"
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: '文件', dataIndex: 'name' },
            { title: '新增', render: (_, r) => r.counts?.new ?? '' },
            { title: '更新', render: (_, r) => r.counts?.updated ?? '' },
            { title: '未变', render: (_, r) => r.counts?.unchanged ?? '' },
            {
              title: '冲突',
              render: (_, r) =>
                r.counts?.conflict ? (
                  <Tag color="red">{r.counts.conflict}</Tag>
                ) : (
                  (r.counts?.conflict ?? '')
                ),
            },
            {
              title: '结果',
              render: (_, r) =>
                r.rejected ? (
                  <span role="alert" className="field-error">
                    拒绝：{r.rejected}
                  </span>
                ) : (
                  <Tag color="green">可导入</Tag>
                ),
            },
          ]}
        />
      ) : null}
    </Space>
  );
}
