// 群众诉求: each issue is a card that saves itself; 新增诉求 (Alt+N) opens a new one at the top
// and puts the cursor in 反映人. The panel reads the issues itself, so a saved keystroke
// re-renders this list (whose cards compare their own record) and not the whole meeting page.
import { Button, Empty } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { Attendance, Meeting } from '../../../shared/domain/schemas';
import { useRepositories, useSettings } from '../../app/data-context';
import { useAction } from '../../app/use-action';
import { IssueCard } from './IssueCard';
import { issueLabels as t } from './labels';

/**
 * The attendance list as the cards need it (names and ids to suggest and link), the same array
 * for as long as no name changes: an edited phone number must not re-render sixty cards.
 */
function useStableAttendance(attendance: Attendance[]): Attendance[] {
  const key = attendance.map((a) => `${a.id}\u0000${a.name}`).join('\u0001');
  const [stable, setStable] = useState({ key, list: attendance });
  if (stable.key !== key) setStable({ key, list: attendance });
  return stable.key === key ? stable.list : attendance;
}

export function IssuesPanel({
  meeting,
  attendance,
}: {
  meeting: Pick<Meeting, 'id' | 'status' | 'date'>;
  attendance: Attendance[];
}) {
  const repos = useRepositories();
  const issues = useLiveQuery(
    () => repos.issues.listForMeeting(meeting.id),
    [repos, meeting.id],
    null,
  );
  const settings = useSettings();
  const [focusId, setFocusId] = useState<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const people = useStableAttendance(attendance);

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

  const newestFirst = issues ? [...issues].reverse() : [];
  return (
    // A plain column, not antd's Space: Space wraps each of sixty cards in an item of its own
    // that re-renders with the list.
    <div ref={panel} className="column issue-list">
      <Button type="primary" onClick={() => run('新增诉求失败', addIssue)} title={t.addShortcut}>
        {t.add}
      </Button>
      {issues?.length === 0 ? (
        <Empty description={meeting.status === '筹备' ? t.emptyPlanned : t.empty} />
      ) : null}
      {newestFirst.map((issue) => (
        <IssueCard
          key={issue.id}
          issue={issue}
          meeting={meeting}
          attendance={people}
          settings={settings}
          autoFocus={issue.id === focusId}
        />
      ))}
    </div>
  );
}
