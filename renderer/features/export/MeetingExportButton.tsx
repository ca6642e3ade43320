// 导出 on a meeting: 记录, 纪要, 签到表, 承诺公示单. 记录 and 纪要 ask which copy (phones masked by
// default, a full internal copy, or the public-notice copy), saying what each contains, and how
// to number pages; the choice is remembered per document type. A 记录 of a meeting with photos
// may append them (附照片, off each time), as many as the copy allows. Before a 承诺公示单 is made, every
// commitment that lacks 答复内容, 责任人 or 办结时限 is listed, to fix first or to go on.
import { App, Button, Checkbox, Dropdown, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import type { MeetingDocumentKind } from '../../../shared/docs/file-name';
import { copyContents, copyRules, photosNote, type Privacy } from '../../../shared/docs/privacy';
import { liveBundle } from '../../../shared/domain/bundle';
import { missingCommitmentFacts } from '../../../shared/domain/completeness';
import type { Meeting, Photo } from '../../../shared/domain/schemas';
import { useRepositories, useSettings } from '../../app/data-context';
import type { ExportPreference } from '../../db/repositories/settings';
import { exportLabels as t } from './labels';
import { saveDocument } from './save-document';
import { useExportRunner } from './use-export';

const kinds: { kind: MeetingDocumentKind; label: string; asksPrivacy: boolean }[] = [
  { kind: 'minutes', label: '记录', asksPrivacy: true },
  { kind: 'summary', label: '纪要', asksPrivacy: true },
  { kind: 'sign-in', label: '签到表', asksPrivacy: false },
  { kind: 'commitments', label: '承诺公示单', asksPrivacy: false },
];

const privacies: Privacy[] = ['masked', 'internal-full', 'public'];

type Choosing = {
  kind: MeetingDocumentKind;
  label: string;
  preference: ExportPreference;
  /** The 记录's: the meeting's own photos (none for the other documents), and 附照片. */
  photos: readonly Photo[];
  withPhotos: boolean;
};

export function MeetingExportButton({
  meeting,
}: {
  meeting: Pick<Meeting, 'id' | 'date' | 'village' | 'typeLabel'>;
}) {
  const repos = useRepositories();
  const settings = useSettings();
  const { modal } = App.useApp();
  const [menuOpen, setMenuOpen] = useState(false);
  const [choosing, setChoosing] = useState<Choosing | null>(null);

  const runExport = useExportRunner({ saved: t.saved, failed: t.failed });

  const exportDocument = async (
    kind: MeetingDocumentKind,
    label: string,
    preference: ExportPreference,
    photos: readonly Photo[] = [],
  ) => {
    const bundle = await repos.meetings.loadBundle(meeting.id);
    if (!bundle) throw new Error(t.notFound);
    // 记录 and 纪要 carry 上次承诺落实情况 (the village's earlier commitments).
    const recalled =
      kind === 'minutes' || kind === 'summary' ? await repos.recall.forMeeting(meeting.id) : [];
    const { meetingExport, dataPartJson } = await import('../../../shared/docs/exports');
    const plan = meetingExport(kind, meeting, preference);
    return saveDocument(repos, {
      kind,
      input: { bundle, settings, recalled, photos },
      options: plan.options,
      fileName: plan.fileName,
      embed: plan.carriesData
        ? await dataPartJson(
            kind,
            plan.options.privacy,
            await repos.exchange.exportMeetings([meeting.id]),
          )
        : undefined,
      what: `${meeting.date} ${meeting.village}${meeting.typeLabel}${label}`,
    });
  };

  /** Lists the empty promises of the notice; resolves true to go on with the export. */
  const confirmCommitments = async (): Promise<boolean> => {
    const bundle = await repos.meetings.loadBundle(meeting.id);
    if (!bundle) return true;
    const lacking = liveBundle(bundle)
      .issues.filter((i) => !i.sensitive)
      .map((issue) => ({ issue, missing: missingCommitmentFacts(issue) }))
      .filter((x) => x.missing.length > 0);
    if (lacking.length === 0) return true;
    return modal.confirm({
      title: t.incompleteTitle,
      content: (
        <Space direction="vertical">
          <Typography.Text>{t.incompleteLead}</Typography.Text>
          <ul aria-label={t.incompleteTitle}>
            {lacking.map(({ issue, missing }) => (
              <li key={issue.id}>{t.incompleteItem(`第${issue.seq}条`, missing)}</li>
            ))}
          </ul>
        </Space>
      ),
      okText: t.goOn,
      cancelText: t.goBack,
    });
  };

  // Every step runs under runExport, so a failure anywhere (reading or saving the remembered
  // copy, the commitments check, the document) is said on screen, never left unhandled.
  const choose = (kind: MeetingDocumentKind) =>
    runExport(async () => {
      const entry = kinds.find((k) => k.kind === kind);
      if (!entry) return { status: 'cancelled' };
      const preference = await repos.exportPreferences.get(kind);
      if (entry.asksPrivacy) {
        // Nothing made yet, so nothing to say: the dialog asks for the copy, and confirm goes on.
        const photos = kind === 'minutes' ? await repos.photos.list(meeting.id, null) : [];
        setChoosing({ kind, label: entry.label, preference, photos, withPhotos: false });
        return { status: 'cancelled' };
      }
      if (kind === 'commitments' && !(await confirmCommitments())) return { status: 'cancelled' };
      return exportDocument(kind, entry.label, preference);
    });

  const confirm = (chosen: Choosing) =>
    runExport(async () => {
      setChoosing(null);
      await repos.exportPreferences.save(chosen.kind, chosen.preference);
      return exportDocument(
        chosen.kind,
        chosen.label,
        chosen.preference,
        chosen.withPhotos ? chosen.photos : [],
      );
    });

  const update = (patch: Partial<ExportPreference>) =>
    choosing && setChoosing({ ...choosing, preference: { ...choosing.preference, ...patch } });

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
          {t.export}
        </Button>
      </Dropdown>
      <Modal
        open={choosing !== null}
        title={`${t.export}${choosing?.label ?? ''}`}
        okText={t.export}
        cancelText={t.cancel}
        onOk={() => choosing && void confirm(choosing)}
        onCancel={() => setChoosing(null)}
      >
        {choosing ? (
          <Space direction="vertical">
            <Radio.Group
              aria-label={t.copy}
              value={choosing.preference.privacy}
              onChange={(e) => update({ privacy: e.target.value as Privacy })}
            >
              <Space direction="vertical">
                {privacies.map((p) => (
                  <Radio key={p} value={p}>
                    {copyRules[p].label}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
            <Typography.Text type="secondary" aria-live="polite">
              {copyContents(choosing.preference.privacy, true)}
            </Typography.Text>
            <Radio.Group
              aria-label={t.pageNumbers}
              value={choosing.preference.pageNumbers}
              onChange={(e) =>
                update({ pageNumbers: e.target.value as ExportPreference['pageNumbers'] })
              }
              options={[
                { value: 'outer', label: t.pageOuter },
                { value: 'centred', label: t.pageCentred },
              ]}
            />
            {choosing.photos.length > 0 ? (
              <PhotosChoice choosing={choosing} onChange={setChoosing} />
            ) : null}
          </Space>
        ) : null}
      </Modal>
    </>
  );
}

/** 附照片 for a 记录: the count, and what the chosen copy prints of them; the 公示版 prints none. */
function PhotosChoice(props: { choosing: Choosing; onChange: (choosing: Choosing) => void }) {
  const { choosing, onChange } = props;
  const { privacy } = choosing.preference;
  const printsNone = copyRules[privacy].photos === 'none';
  return (
    <Space direction="vertical">
      <Checkbox
        checked={choosing.withPhotos && !printsNone}
        disabled={printsNone}
        onChange={(e) => onChange({ ...choosing, withPhotos: e.target.checked })}
        aria-describedby="export-photos-note"
      >
        {t.withPhotos(choosing.photos.length)}
      </Checkbox>
      <Typography.Text id="export-photos-note" type="secondary" aria-live="polite">
        {photosNote(choosing.photos, privacy)}
      </Typography.Text>
    </Space>
  );
}
