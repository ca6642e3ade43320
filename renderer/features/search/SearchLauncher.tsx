// Search from anywhere: the 搜索 button in the header and Ctrl+K (⌘K) on every page open it. The
// dialog and its pinyin readings load on first use, so start-up carries only this button.
import { Button } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { searchLabels as t } from './labels';

const SearchDialog = lazy(() =>
  import('./SearchDialog').then((m) => ({ default: m.SearchDialog })),
);

export function SearchLauncher() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <Button ghost onClick={() => setOpen(true)} title={t.shortcut} aria-keyshortcuts="Control+K">
        {t.open}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <SearchDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
