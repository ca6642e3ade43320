// The 导入名册 flow: a file chosen (desktop dialog or browser file input), read and its columns
// guessed, the preview worked out again whenever the mapping or the default village changes, and
// the confirmed rows stored in one transaction. Nothing is written before confirm().
import { App } from 'antd';
import { useMemo, useState } from 'react';
import type { Person } from '../../../shared/domain/schemas';
import {
  guessColumns,
  previewRoster,
  readRosterFile,
  repeatedRowNumbers,
  type ColumnMapping,
  type RosterField,
  type TableRow,
} from '../../../shared/roster';
import { useRepositories } from '../../app/data-context';
import { describeError } from '../../app/errors';
import { platform } from '../../platform';
import { rosterLabels as t } from './labels';

export type LoadedFile = {
  fileName: string;
  rows: TableRow[];
  format: 'csv' | 'xlsx';
  encoding: string;
  headerRowNumber: number;
  headings: string[];
  existing: Person[];
};

export function useRosterImport() {
  const repos = useRepositories();
  const { message } = App.useApp();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [mapping, setMappingState] = useState<ColumnMapping | null>(null);
  const [defaultVillage, setDefaultVillage] = useState('');
  const [skipRepeated, setSkipRepeated] = useState(true);
  const [busy, setBusy] = useState(false);

  const result = useMemo(
    () =>
      file && mapping
        ? previewRoster({ ...file, mapping, defaultVillage, existing: file.existing })
        : null,
    [file, mapping, defaultVillage],
  );
  const preview = result?.ok ? result.preview : null;
  const repeated = useMemo(
    () => new Set(preview && file ? repeatedRowNumbers(preview, file.existing) : []),
    [preview, file],
  );
  const skipped = skipRepeated ? repeated : new Set<number>();
  const importCount = preview
    ? preview.rows.filter((r) => r.person && !skipped.has(r.rowNumber)).length
    : 0;

  const choose = async () => {
    try {
      const chosen = await platform.openFiles({
        title: t.chooseTitle,
        filters: [{ name: t.chooseFilter, extensions: ['xlsx', 'csv'] }],
        multiple: false,
      });
      const first = chosen.status === 'opened' ? chosen.files[0] : undefined;
      if (!first) return;
      if (!('bytes' in first)) {
        void message.error(first.error);
        return;
      }
      const read = readRosterFile(first.name, first.bytes);
      if (!read.ok) {
        void message.error(read.message, 8);
        return;
      }
      const guessed = guessColumns(read.rows);
      if (!guessed) {
        void message.error(t.nothingToImport);
        return;
      }
      const existing = await repos.roster.listLive();
      setFile({ fileName: first.name, ...read, ...guessed, existing });
      setMappingState(guessed.mapping);
      setDefaultVillage('');
      setSkipRepeated(true);
    } catch (error) {
      void message.error(`${t.chooseFailed}：${describeError(error)}`);
    }
  };

  const setMapping = (field: RosterField, column: number | null) =>
    setMappingState((current) => (current ? { ...current, [field]: column } : current));

  const cancel = () => {
    setFile(null);
    setMappingState(null);
  };

  const confirm = async () => {
    if (!file || !preview) return;
    setBusy(true);
    try {
      const count = await repos.roster.commitPreview(preview, skipped, file.fileName);
      void message.success(t.imported(count, file.fileName), 8);
      cancel();
    } catch (error) {
      void message.error(`${t.importFailed}：${describeError(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return {
    file,
    mapping,
    setMapping,
    defaultVillage,
    setDefaultVillage,
    problem: result && !result.ok ? result.message : null,
    preview,
    repeated,
    skipRepeated,
    setSkipRepeated,
    skipped,
    importCount,
    busy,
    choose,
    confirm,
    cancel,
  };
}

export type RosterImportState = ReturnType<typeof useRosterImport>;
