// 上次承诺落实情况: what became of the commitments made in this village before, one sentence per
// item in type large enough to read aloud, each a link to the item's follow-up page. Shown only
// when there is something to read; it follows the 村 and 日期 fields as they are typed. Read
// once per village and date, not as a live query: that would read the village's meetings again
// on every save of this one, that is on every pause in typing anywhere in 基本信息.
import { Collapse, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { RecalledCommitment } from '../../../shared/domain/recall';
import type { Meeting } from '../../../shared/domain/schemas';
import { useRepositories } from '../../app/data-context';
import { routeHref } from '../../app/router';
import { recallLabels as t } from './labels';

const readAloud = { fontSize: 20, lineHeight: 1.8 } as const;

export function RecallSection({
  meeting,
}: {
  meeting: Pick<Meeting, 'id' | 'village' | 'date' | 'typeLabel'>;
}) {
  const repos = useRepositories();
  const [items, setItems] = useState<RecalledCommitment[]>([]);
  const village = meeting.village.trim();
  useEffect(() => {
    let current = true;
    void repos.recall.forMeeting(meeting.id).then((found) => current && setItems(found));
    return () => {
      current = false;
    };
  }, [repos, meeting.id, village, meeting.date]);
  if (items.length === 0) return null;
  const title = `${t.title}（${t.count(items.length)}）`;
  return (
    <section aria-label={t.title}>
      <Collapse
        defaultActiveKey={['recall']}
        items={[
          {
            key: 'recall',
            label: (
              <Typography.Title level={4} style={{ margin: 0 }}>
                {title}
              </Typography.Title>
            ),
            children: (
              <>
                <Typography.Paragraph style={readAloud}>
                  {t.lead(meeting.village.trim(), meeting.typeLabel || '屋场会')}
                </Typography.Paragraph>
                <ol style={{ ...readAloud, margin: 0, paddingInlineStart: '1.5em' }}>
                  {items.map((item) => (
                    <li key={item.issueId}>
                      <a href={routeHref({ page: 'follow-up', issueId: item.issueId })}>
                        {item.sentence}
                      </a>
                    </li>
                  ))}
                </ol>
              </>
            ),
          },
        ]}
      />
    </section>
  );
}
