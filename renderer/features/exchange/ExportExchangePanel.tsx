// 导出交换文件: chosen meetings, or all meetings in a date range, as one .json for the office. It
// has no copy choice: like 内部完整版 it carries everything, phones and every photo (write.ts).
import { App, Button, DatePicker, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatChineseDate, localIsoDate } from '../../../shared/domain/dates';
import {
  photoBytesOf,
  refuseOversizedExchange,
  serializeExchangeFile,
} from '../../../shared/exchange/write';
import { useRepositories } from '../../app/data-context';
import { describeError } from '../../app/save-status';
import { platform } from '../../platform';
import { searchByLabel } from '../common/fields';

export async function saveJson(
  repos: ReturnType<typeof useRepositories>,
  text: string,
  suggestedName: string,
  what: string,
) {
  const result = await platform.saveFile({
    suggestedName,
    bytes: new TextEncoder().encode(text),
    filters: [{ name: '交换文件', extensions: ['json'] }],
  });
  if (result.status === 'saved') {
    await repos.fileLog.record({
      action: what === '备份' ? '备份' : '导出',
      what,
      fileName: result.fileName,
    });
  }
  return result;
}

export function ExportExchangePanel() {
  const repos = useRepositories();
  const { message } = App.useApp();
  const meetings = useLiveQuery(() => repos.meetings.search(), [repos], []);
  const [chosen, setChosen] = useState<string[]>([]);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);

  const exportFile = async () => {
    try {
      const ids =
        range?.[0] && range[1]
          ? await repos.exchange.meetingIdsBetween(
              range[0].format('YYYY-MM-DD'),
              range[1].format('YYYY-MM-DD'),
            )
          : chosen;
      if (ids.length === 0) {
        void message.warning('请先选择会议或时间段');
        return;
      }
      const file = await repos.exchange.exportMeetings(ids);
      const text = serializeExchangeFile(file);
      const tooLarge = refuseOversizedExchange(
        new TextEncoder().encode(text).byteLength,
        photoBytesOf(file),
      );
      if (tooLarge) {
        void message.error(tooLarge);
        return;
      }
      const name = `屋场会交换文件 ${formatChineseDate(localIsoDate(new Date()))}（${ids.length}场）.json`;
      const result = await saveJson(repos, text, name, `交换文件（${ids.length} 场会议）`);
      if (result.status === 'saved') void message.success(`已导出：${result.fileName}`);
      if (result.status === 'failed') void message.error(result.message);
    } catch (error) {
      void message.error(`导出失败：${describeError(error)}`);
    }
  };

  return (
    <Space wrap>
      <Select
        aria-label="选择会议"
        mode="multiple"
        showSearch={searchByLabel}
        placeholder="选择会议"
        style={{ minWidth: 320 }}
        value={chosen}
        onChange={setChosen}
        options={meetings.map((m) => ({
          value: m.id,
          label: `${m.date} ${m.village || '（未填村名）'}${m.typeLabel}`,
        }))}
      />
      <span>或</span>
      <DatePicker.RangePicker aria-label="按时间段" value={range} onChange={setRange} />
      <Button onClick={() => void exportFile()}>导出交换文件</Button>
    </Space>
  );
}
