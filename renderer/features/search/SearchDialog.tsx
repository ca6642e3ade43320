// The search dialog: one box, results grouped (会议, 诉求, 村民), ↑↓ to choose and Enter to open,
// as a combobox with a list box for screen readers. The data is read when the dialog opens.
import { Alert, Input, Modal, Typography } from 'antd';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import {
  buildSearchIndex,
  searchIndex,
  type SearchHit,
  type SearchIndex,
} from '../../../shared/domain/global-search';
import { useRepositories } from '../../app/data-context';
import { describeError } from '../../app/errors';
import { navigate, type Route } from '../../app/router';
import { searchLabels as t } from './labels';

const kinds = ['meeting', 'issue', 'person'] as const;

function routeOf(hit: SearchHit): Route {
  switch (hit.kind) {
    case 'meeting':
      return { page: 'meeting', meetingId: hit.id };
    case 'issue':
      return { page: 'follow-up', issueId: hit.id };
    case 'person':
      return { page: 'person', personId: hit.id };
  }
}

export function SearchDialog({ onClose }: { onClose: () => void }) {
  const repos = useRepositories();
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  useEffect(() => {
    let current = true;
    repos.search.load().then(
      (records) => current && setIndex(buildSearchIndex(records)),
      (e: unknown) => current && setError(describeError(e, 'reading')),
    );
    return () => {
      current = false;
    };
  }, [repos]);

  const results = useMemo(() => (index ? searchIndex(index, query) : null), [index, query]);
  const hits = useMemo(() => (results ? kinds.flatMap((k) => results[k].hits) : []), [results]);

  const open = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose();
    navigate(routeOf(hit));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (hits.length === 0 ? 0 : (a + step + hits.length) % hits.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(hits[Math.min(active, hits.length - 1)]);
    }
  };
  const optionId = (i: number) => `global-search-option-${i}`;
  const shown = Math.min(active, Math.max(0, hits.length - 1));

  let at = -1;
  return (
    <Modal open title={t.title} footer={null} onCancel={onClose} width={720}>
      <Input
        autoFocus
        role="combobox"
        aria-label={t.input}
        aria-expanded={hits.length > 0}
        aria-controls="global-search-results"
        aria-activedescendant={hits.length > 0 ? optionId(shown) : undefined}
        placeholder={t.placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <Typography.Text type="secondary">{t.hint}</Typography.Text>
      {error ? <Alert type="error" showIcon message={`${t.failed}：${error}`} /> : null}
      {!index && !error ? (
        <Typography.Paragraph role="status">{t.loading}</Typography.Paragraph>
      ) : null}
      {results && query.trim() !== '' && hits.length === 0 ? (
        <Typography.Paragraph role="status">{t.none}</Typography.Paragraph>
      ) : null}
      <div
        id="global-search-results"
        role="listbox"
        aria-label={t.title}
        className="search-results"
      >
        {results
          ? kinds.map((kind) =>
              results[kind].hits.length === 0 ? null : (
                <div key={kind} role="group" aria-label={t.groups[kind]}>
                  <Typography.Text strong>{t.groups[kind]}</Typography.Text>
                  {results[kind].hits.map((hit) => {
                    at += 1;
                    const i = at;
                    return (
                      <div
                        key={hit.id}
                        id={optionId(i)}
                        role="option"
                        aria-selected={i === shown}
                        className={i === shown ? 'search-hit search-hit-active' : 'search-hit'}
                        onMouseEnter={() => setActive(i)}
                        onClick={() => open(hit)}
                      >
                        <div>{hit.title}</div>
                        <Typography.Text type="secondary">{hit.detail}</Typography.Text>
                      </div>
                    );
                  })}
                  {results[kind].total > results[kind].hits.length ? (
                    <Typography.Text type="secondary">
                      {t.more(results[kind].hits.length, results[kind].total)}
                    </Typography.Text>
                  ) : null}
                </div>
              ),
            )
          : null}
      </div>
    </Modal>
  );
}
