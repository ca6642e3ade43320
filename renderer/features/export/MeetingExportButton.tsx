// 导出 on a meeting: 记录, 纪要, 签到表, 承诺公示单. 记录 and 纪要 ask which copy (phones masked by
// default, a full internal copy, or the public-notice copy) and how to number pages; the choice is
// remembered per document type.
import { App, Button, Dropdown, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import type { MeetingDocumentKind } from '../../../shared/docs/file-name';
import type { Meeting } from '../../../shared/domain/schemas';
import { useRepositories, useSettings } from '../../app/data-context';
import { describeError } from '../../app/save-status';
import type { ExportPreference } from '../../db/repositories/settings';
import { saveDocument } from './save-document';
import { privacyLabels } from '../../../shared/docs/privacy';
import { serializeExchangeFile } from '../../../shared/exchange/write';

const kinds: { kind: MeetingDocumentKind; label: string; asksPrivacy: boolean }[] = [
  { kind: 'minutes', label: '记录', asksPrivacy: true },
  { kind: 'summary', label: '纪要', asksPrivacy: true },
  { kind: 'sign-in', label: '签到表', asksPrivacy: false },
  { kind: 'commitments', label: '承诺公示单', asksPrivacy: false },
];

const privacyOptions = Object.entries(privacyLabels).map(([value, label]) => ({ value, label }));

export function MeetingExportButton({ meeting }: { meeting: Meeting }) {
  const repos = useRepositories();
  const settings = useSettings();
  const { message } = App.useApp();
  const [menuOpen, setMenuOpen] = useState(false);
  const [choosing, setChoosing] = useState<{
    kind: MeetingDocumentKind;
    label: string;
    preference: ExportPreference;
  } | null>(null);

  const run = async (kind: MeetingDocumentKind, label: string, preference: ExportPreference) => {
    try {
      const bundle = await repos.meetings.loadBundle(meeting.id);
      if (!bundle) throw new Error('找不到这场会议');
      const { documentFileName } = await import('../../../shared/docs/file-name');
      const outcome = await saveDocument(repos, {
        kind,
        input: { bundle, settings },
        options: { privacy: preference.privacy, pageNumbers: preference.pageNumbers },
        fileName: documentFileName(kind, meeting, preference.privacy),
        // 记录 and 纪要 carry the meeting's complete data for the office's 导入; the public copy does not.
        embed:
          (kind === 'minutes' || kind === 'summary') && preference.privacy !== 'public'
            ? serializeExchangeFile(await repos.exchange.exportMeetings([meeting.id]))
            : undefined,
        what: `${meeting.date} ${meeting.village}${meeting.typeLabel}${label}`,
      });
      if (outcome.status === 'saved') void message.success(`已导出：${outcome.fileName}`);
      if (outcome.status === 'failed') void message.error(`导出失败：${outcome.message}`);
    } catch (error) {
      void message.error(`导出失败：${describeError(error)}`);
    }
  };

  const choose = async (kind: MeetingDocumentKind) => {
    const entry = kinds.find((k) => k.kind === kind);
    if (!entry) return;
    const preference = await repos.exportPreferences.get(kind);
    if (entry.asksPrivacy) setChoosing({ kind, label: entry.label, preference });
    else await run(kind, entry.label, preference);
  };

  const confirm = async () => {
    if (!choosing) return;
    await repos.exportPreferences.save(choosing.kind, choosing.preference);
    setChoosing(null);
    await run(choosing.kind, choosing.label, choosing.preference);
  };

  return (
    <>
      {/* Opens by click, Enter, Space or ArrowDown, with focus in the menu (arrows, Enter, Esc). */}
      <Dropdown
        trigger={['click']}
        open={menuOpen}
        onOpenChange={setMenuOpen}
        autoFocus
        menu={{
          items: kinds.map((k) => ({ key: k.kind, label: k.label })),
          onClick: ({ key }) => {
            setMenuOpen(false);
            void choose(key as MeetingDocumentKind);
          },
        }}
      >
        <Button
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setMenuOpen(true);
            }
          }}
        >
          导出
        </Button>
      </Dropdown>
      <Modal
        open={choosing !== null}
        title={`导出${choosing?.label ?? ''}`}
        okText="导出"
        cancelText="取消"
        onOk={() => void confirm()}
        onCancel={() => setChoosing(null)}
      >
        {choosing ? (
          <Space direction="vertical">
            <Typography.Text type="secondary">
              默认版和内部完整版的文件内附本场会议的完整数据（含电话），供乡镇办公室导入，请勿对外张贴；需要公开时请选公示版。
            </Typography.Text>
            <Radio.Group
              aria-label="版本"
              value={choosing.preference.privacy}
              onChange={(e) =>
                setChoosing({
                  ...choosing,
                  preference: {
                    ...choosing.preference,
                    privacy: e.target.value as ExportPreference['privacy'],
                  },
                })
              }
              options={privacyOptions}
            />
            <Radio.Group
              aria-label="页码"
              value={choosing.preference.pageNumbers}
              onChange={(e) =>
                setChoosing({
                  ...choosing,
                  preference: {
                    ...choosing.preference,
                    pageNumbers: e.target.value as ExportPreference['pageNumbers'],
                  },
                })
              }
              options={[
                { value: 'outer', label: '双面打印（单页居右、双页居左）' },
                { value: 'centred', label: '单面打印（页码居中）' },
              ]}
            />
          </Space>
        ) : null}
      </Modal>
    </>
  );
}
