// The preview of a roster file before anything is stored: the column mapping, the counts, the
// rows with errors (in Chinese, naming row and column), the possible duplicates, and every row
// with its result. 确认导入 stores; 取消 or closing leaves the roster as it was.
import { Alert, Checkbox, Modal, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { rosterFields, type ColumnMapping, type PreviewRow } from '../../../shared/roster';
import { ImportMapping } from './ImportMapping';
import { rosterLabels as t } from './labels';
import type { RosterImportState } from './use-roster-import';

type ShownRow = PreviewRow & { cells: string[]; skipped: boolean };

function rowColumns(mapping: ColumnMapping): ColumnsType<ShownRow> {
  return [
    { title: t.rowColumns.row, dataIndex: 'rowNumber', width: 64 },
    ...rosterFields.map((field, i) => ({
      title: t.fields[field],
      key: field,
      width: 110,
      render: (_: unknown, r: ShownRow) => (mapping[field] === null ? '' : r.cells[i]),
    })),
    {
      title: t.rowColumns.status,
      key: 'status',
      render: (_, r) =>
        r.errors.length > 0 ? (
          <Typography.Text type="danger">{r.errors.join('；')}</Typography.Text>
        ) : r.skipped ? (
          t.rowSkipped
        ) : (
          t.rowOk
        ),
    },
  ];
}

export function RosterImportModal({ flow }: { flow: RosterImportState }) {
  const { file, mapping, preview } = flow;
  if (!file || !mapping) return null;
  const cellsOf = new Map(file.rows.map((r) => [r.rowNumber, r.cells]));
  const shown: ShownRow[] = (preview?.rows ?? []).map((row) => ({
    ...row,
    cells: rosterFields.map((f) => {
      const column = mapping[f];
      return column === null ? '' : (cellsOf.get(row.rowNumber)?.[column] ?? '');
    }),
    skipped: flow.skipped.has(row.rowNumber),
  }));
  const errors = shown.flatMap((r) => r.errors);
  return (
    <Modal
      open
      width={1100}
      title={t.previewTitle(file.fileName)}
      okText={t.confirm}
      cancelText={t.cancel}
      onOk={() => void flow.confirm()}
      onCancel={flow.cancel}
      okButtonProps={{ disabled: flow.importCount === 0, loading: flow.busy }}
      maskClosable={false}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text>
          {t.fileRead(file.format, file.encoding, file.rows.length, file.headerRowNumber)}
        </Typography.Text>
        <Typography.Title level={5}>{t.mapping}</Typography.Title>
        <ImportMapping
          headings={file.headings}
          mapping={mapping}
          onChange={flow.setMapping}
          defaultVillage={flow.defaultVillage}
          onDefaultVillage={flow.setDefaultVillage}
        />
        {flow.problem && <Alert type="error" showIcon message={flow.problem} />}
        {preview && (
          <>
            <Typography.Text strong role="status" data-testid="roster-preview-counts">
              {t.counts(preview.validCount, preview.errorCount, preview.duplicates.length)}
              {'，'}
              {t.willImport(flow.importCount)}
            </Typography.Text>
            {flow.repeated.size > 0 && (
              <Checkbox
                checked={flow.skipRepeated}
                onChange={(e) => flow.setSkipRepeated(e.target.checked)}
              >
                {t.skipRepeated(flow.repeated.size)}
              </Checkbox>
            )}
            <MessageList title={t.notesTitle} items={preview.fileNotes} />
            <MessageList title={t.errorsTitle} items={errors} danger />
            <MessageList
              title={t.duplicatesTitle}
              items={preview.duplicates.map((d) => d.message)}
            />
            <Table<ShownRow>
              aria-label={t.rowsTable}
              rowKey="rowNumber"
              size="small"
              columns={rowColumns(mapping)}
              dataSource={shown}
              pagination={shown.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
              scroll={{ x: 900 }}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}

function MessageList(props: { title: string; items: readonly string[]; danger?: boolean }) {
  if (props.items.length === 0) return null;
  return (
    <section aria-label={props.title}>
      <Typography.Text strong>{props.title}</Typography.Text>
      <ul className="roster-messages">
        {props.items.map((item, i) => (
          <li key={`${i}-${item}`}>
            <Typography.Text type={props.danger ? 'danger' : undefined}>{item}</Typography.Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
