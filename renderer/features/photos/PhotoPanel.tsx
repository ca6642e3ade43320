// The photos of a meeting (progressId null) or of one follow-up step: 添加照片 (several files at
// once, each shrunk before it is stored), thumbnails with their 说明, a larger view, and 删除 with
// 撤销. A file that cannot be used is named on screen with the reason, and nothing of it stored.
import { Alert, App, Button, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { photoKinds, type PhotoKind } from '../../../shared/domain/photos';
import type { Content, Photo } from '../../../shared/domain/schemas';
import { useRepositories } from '../../app/data-context';
import { describeError } from '../../app/errors';
import { PhotoLimitError } from '../../db/repositories/photos';
import { useUndoableDelete } from '../meeting/use-undoable-delete';
import { photoLabels as t } from './labels';
import { shrinkPhoto } from './shrink';

const accepted = 'image/jpeg,image/png,image/webp';
const source = (photo: Photo) => `data:image/jpeg;base64,${photo.jpeg}`;
const nameOf = (photo: Photo) => photo.caption || t.untitled(photo.kind);

export function PhotoPanel({
  meetingId,
  progressId,
  label,
}: {
  meetingId: string;
  progressId: string | null;
  /** Names the section for a screen reader, e.g. “照片” or the step's date and kind. */
  label: string;
}) {
  const repos = useRepositories();
  const photos = useLiveQuery(
    () => repos.photos.list(meetingId, progressId),
    [repos, meetingId, progressId],
    [],
  );
  const [kind, setKind] = useState<PhotoKind>(progressId === null ? '现场' : '整改前后');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [viewing, setViewing] = useState<Photo | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const remove = useUndoableDelete(repos.photos, t.what);
  const { message } = App.useApp();

  async function add(files: File[]) {
    setBusy(true);
    const refused: string[] = [];
    const ready: Content<Photo>[] = [];
    for (const file of files) {
      const result = await shrinkPhoto(file).catch(
        (error: unknown) =>
          ({
            ok: false,
            message: `“${file.name}”${t.saveFailed}：${describeError(error)}`,
          }) as const,
      );
      if (result.ok) ready.push({ meetingId, progressId, kind, caption: '', ...result.photo });
      else refused.push(result.message);
    }
    if (ready.length > 0) {
      try {
        await repos.photos.add(ready);
        void message.success(t.added(ready.length));
      } catch (error) {
        refused.push(
          error instanceof PhotoLimitError
            ? error.message
            : `${t.saveFailed}：${describeError(error)}`,
        );
      }
    }
    setProblems(refused);
    setBusy(false);
  }

  const saveCaption = (photo: Photo, caption: string) =>
    repos.photos
      .setCaption(photo.id, caption)
      .catch((error: unknown) => void message.error(`${t.captionFailed}：${describeError(error)}`));

  return (
    <section aria-label={label} className="photo-panel">
      <Space wrap>
        <Select
          aria-label={t.kind}
          showSearch={{ optionFilterProp: 'label' }}
          value={kind}
          onChange={setKind}
          options={photoKinds.map((k) => ({ value: k, label: k }))}
          style={{ width: 120 }}
        />
        <Button loading={busy} onClick={() => input.current?.click()}>
          {busy ? t.adding : t.add}
        </Button>
        <input
          ref={input}
          type="file"
          accept={accepted}
          multiple
          hidden
          aria-label={t.add}
          data-testid="photo-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) void add(files);
          }}
        />
        <Typography.Text type="secondary">{t.rule}</Typography.Text>
      </Space>
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setProblems([])}
          message={problems.map((p) => (
            <div key={p}>{p}</div>
          ))}
          style={{ marginTop: 8 }}
        />
      ) : null}
      {photos.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t.none}
        </Typography.Paragraph>
      ) : (
        <ul className="photo-list">
          {photos.map((photo) => (
            <li key={photo.id} data-testid="photo">
              <button
                type="button"
                className="photo-thumb"
                aria-label={t.view(nameOf(photo))}
                onClick={() => setViewing(photo)}
              >
                <img src={source(photo)} alt={nameOf(photo)} />
              </button>
              <Tag>{photo.kind}</Tag>
              <Input
                aria-label={t.caption}
                placeholder={t.captionPlaceholder}
                defaultValue={photo.caption}
                size="small"
                onBlur={(event) => void saveCaption(photo, event.target.value)}
              />
              <Button size="small" danger onClick={() => remove(photo.id, nameOf(photo))}>
                {t.delete}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Modal
        open={viewing !== null}
        title={viewing ? nameOf(viewing) : ''}
        onCancel={() => setViewing(null)}
        footer={null}
        width="min(90vw, 1000px)"
        destroyOnHidden
      >
        {viewing ? (
          <img src={source(viewing)} alt={nameOf(viewing)} style={{ width: '100%' }} />
        ) : null}
      </Modal>
    </section>
  );
}
