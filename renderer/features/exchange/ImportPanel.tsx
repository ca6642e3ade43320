// 导入: pick or drop many files at once (.docx 记录/纪要, .json exchange files, backups). Each is
// checked and previewed (新增 / 更新 / 未变 / 冲突 / 拒绝 with the reason) before anything is written;
// the flow itself is import-flow.ts. Refused files stay listed after the import.
import { App, Button, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useRepositories } from '../../app/data-context';
import { describeError } from '../../app/save-status';
import { platform } from '../../platform';
import { photoCapRefusal } from '../../../shared/exchange/photo-merge';
import {
  applyImport,
  describeImport,
  withAppliedRefusals,
  formatModified,
  previewImport,
  type ImportPreview,
  type ImportRow,
} from './import-flow';
import { readDropped, type ChosenFile } from './read-files';
import { ImportNotTakenBack } from '../../db/repositories/imports';

export const importLabels = {
  pickFailed: '无法打开所选文件',
  checkFailed: '检查文件时出错，未导入任何文件',
  applyFailed: '导入失败，数据库未做任何改动',
  applyFailedPartly: '导入失败',
  imported: '已导入',
  importable: '可导入',
  refused: '拒绝',
  refusedIssues: (n: number) => `${n} 条诉求不符合办理规则，不导入：`,
} as const;

/** The issues of a file that the lifecycle rules keep out, under its result. */
function IssueRefusals({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="field-error">
      {importLabels.refusedIssues(messages.length)}
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}

export function ImportPanel() {
  const repos = useRepositories();
  const { message } = App.useApp();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [doneKeys, setDoneKeys] = useState<ReadonlySet<string>>(new Set());

  const load = async (files: ChosenFile[]) => {
    setBusy(true);
    try {
      setPreview(await previewImport(repos, files));
      setDoneKeys(new Set());
    } catch (error) {
      void message.error(`${importLabels.checkFailed}：${describeError(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const choose = async () => {
    try {
      const result = await platform.openFiles({
        title: '选择要导入的文件',
        filters: [{ name: '屋场会文件', extensions: ['docx', 'json'] }],
        multiple: true,
      });
      if (result.status === 'opened')
        await load(
          result.files.map((f) => ({
            ...('bytes' in f ? { name: f.name, bytes: f.bytes } : { name: f.name, error: f.error }),
            ...(f.modifiedAt === undefined ? {} : { modifiedAt: f.modifiedAt }),
          })),
        );
    } catch (error) {
      void message.error(`${importLabels.pickFailed}：${describeError(error)}`);
    }
  };

  const drop = (list: File[]) => {
    readDropped(list).then(load, (error: unknown) => {
      void message.error(`${importLabels.pickFailed}：${describeError(error)}`);
    });
  };

  const apply = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const outcome = await applyImport(repos, preview);
      if (outcome.refusedIssues > 0 || outcome.photoRefusals.length > 0)
        void message.warning(describeImport(outcome));
      else void message.success(describeImport(outcome));
      // The refused files stay on screen; the imported ones are marked and cannot go twice, each
      // with the issues the import itself kept out.
      setDoneKeys(new Set(preview.rows.filter((r) => !r.rejected).map((r) => r.key)));
      setPreview({ ...preview, rows: withAppliedRefusals(preview.rows, outcome), accepted: [] });
    } catch (error) {
      void message.error(
        error instanceof ImportNotTakenBack
          ? `${importLabels.applyFailedPartly}：${describeError(error.cause)}。${error.message}`
          : `${importLabels.applyFailed}：${describeError(error)}`,
      );
    } finally {
      setBusy(false);
    }
  };

  const acceptedCount = preview?.accepted.length ?? 0;
  const rows = preview?.rows ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph>
        可一次选择或拖入多个文件：本软件导出的记录、纪要（.docx），交换文件（.json）。导入前先预览，确认后一次写入，可整批撤销。
      </Typography.Paragraph>
      <Upload.Dragger
        multiple
        showUploadList={false}
        accept=".docx,.json"
        beforeUpload={(file, list) => {
          if (file === list[0]) drop(list);
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
        <Table<ImportRow>
          aria-label="导入预览"
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: '文件', dataIndex: 'label' },
            {
              title: '大小',
              render: (_, r) => (r.size === null ? '' : `${(r.size / 1024).toFixed(1)} KB`),
            },
            {
              title: '修改时间',
              render: (_, r) => (r.modifiedAt === null ? '' : formatModified(r.modifiedAt)),
            },
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
            { title: '新增照片', render: (_, r) => r.photos?.new ?? '' },
            {
              title: '结果',
              render: (_, r) =>
                r.rejected ? (
                  <span role="alert" className="field-error">
                    {importLabels.refused}：{r.rejected}
                  </span>
                ) : (
                  <>
                    {doneKeys.has(r.key) ? (
                      <Tag color="blue">{importLabels.imported}</Tag>
                    ) : (
                      <Tag color="green">{importLabels.importable}</Tag>
                    )}
                    <IssueRefusals messages={r.refusals ?? []} />
                    {r.photos?.refused ? (
                      <div role="alert" className="field-error">
                        {photoCapRefusal(r.label, r.photos.refused)}
                      </div>
                    ) : null}
                  </>
                ),
            },
          ]}
        />
      ) : null}
    </Space>
  );
}
