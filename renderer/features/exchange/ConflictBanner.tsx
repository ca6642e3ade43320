// The banner on every page while imported versions wait for a decision (冲突).
import { Alert } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../app/data-context';

export function ConflictBanner() {
  const repos = useRepositories();
  const count = useLiveQuery(() => repos.db.conflicts.count(), [repos], 0);
  if (count === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      message={<a href="#/conflicts">有 {count} 条导入冲突待处理，处理前不会覆盖任何一方的数据</a>}
    />
  );
}
