// 群众诉求: each issue is a card that saves itself; 新增诉求 (Alt+N) opens a new one at the top
// and puts the cursor in 反映人.
import { Button, Empty, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Attendance, Issue, Meeting } from '../../../shared/domain/schemas';
import { useRepositories, useSettings } from '../../app/data-context';
import { useAction } from '../../app/use-action';
import { IssueCard } from './IssueCard';

export function IssuesPanel({
  meeting,
  issues,
  attendance,
}: {
  meeting: Meeting;
  issues: Issue[];
  attendance: Attendance[];
}) {
  const repos = useRepositories();
  const settings = useSettings();
  const [focusId, setFocusId] = useState<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);

  const run = useAction();
  const addIssue = async () => {
    const issue = await repos.issues.add(meeting, settings);
    setFocusId(issue.id);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Only while this panel is on screen (the tabs keep hidden panels mounted).
      if (event.altKey && event.key.toLowerCase() === 'n' && panel.current?.offsetParent) {
        event.preventDefault();
        run('新增诉求失败', addIssue);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const newestFirst = [...issues].reverse();
  return (
    <Space ref={panel} direction="vertical" size="middle" style={{ width: '100%' }}>
      <Button type="primary" onClick={() => run('新增诉求失败', addIssue)} title="Alt+N">
        新增诉求
      </Button>
      {issues.length === 0 ? (
        <Empty
          description={meeting.status === '筹备' ? '会前走访收集的问题可以先录入' : '暂无诉求'}
        />
      ) : null}
      {newestFirst.map((issue) => (
        <IssueCard
          key={issue.id}
          issue={issue}
          meeting={meeting}
          attendance={attendance}
          settings={settings}
          autoFocus={issue.id === focusId}
        />
      ))}
    </Space>
  );
}
