// Providers (Chinese locale, data, save status) and the page frame.
import { App as AntApp, ConfigProvider, Layout } from 'antd';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Repositories } from '../db/repositories';
import { lazy, Suspense } from 'react';
import { ConflictBanner } from '../features/exchange/ConflictBanner';
import { HomePage } from '../features/home/HomePage';
import { SearchLauncher } from '../features/search/SearchLauncher';
import { RepositoriesProvider, useSettings } from './data-context';
import { routeHref, useRoute, type Route } from './router';
import { SaveIndicator, SaveStatusProvider } from './save-status';
import { appTheme } from './theme';
// The frame's and home screen's antd styles, written ahead (startup-styles.tsx): antd skips them.
import './startup-styles.css';

dayjs.locale('zh-cn');

// Pages other than the home screen load on first visit, so the app starts with less to parse.
const MeetingPage = lazy(() =>
  import('../features/meeting/MeetingPage').then((m) => ({ default: m.MeetingPage })),
);
const CommitmentReview = lazy(() =>
  import('../features/meeting/CommitmentReview').then((m) => ({ default: m.CommitmentReview })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
const ExchangePage = lazy(() =>
  import('../features/exchange/ExchangePage').then((m) => ({ default: m.ExchangePage })),
);
const FollowUpPage = lazy(() =>
  import('../features/follow-up/FollowUpPage').then((m) => ({ default: m.FollowUpPage })),
);
const LedgerPage = lazy(() =>
  import('../features/ledger/LedgerPage').then((m) => ({ default: m.LedgerPage })),
);
const StatisticsPage = lazy(() =>
  import('../features/statistics/StatisticsPage').then((m) => ({ default: m.StatisticsPage })),
);
const RosterPage = lazy(() =>
  import('../features/roster/RosterPage').then((m) => ({ default: m.RosterPage })),
);
const PersonHistoryPage = lazy(() =>
  import('../features/roster/PersonHistoryPage').then((m) => ({ default: m.PersonHistoryPage })),
);
const ConflictsPage = lazy(() =>
  import('../features/exchange/ConflictsPage').then((m) => ({ default: m.ConflictsPage })),
);

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'settings':
      return <SettingsPage />;
    case 'exchange':
      return <ExchangePage />;
    case 'conflicts':
      return <ConflictsPage />;
    case 'ledger':
      return <LedgerPage />;
    case 'statistics':
      return <StatisticsPage />;
    case 'roster':
      return <RosterPage key={route.name ?? ''} name={route.name} />;
    case 'person':
      return <PersonHistoryPage key={route.personId} personId={route.personId} />;
    case 'meeting':
      return <MeetingPage key={route.meetingId} meetingId={route.meetingId} />;
    case 'confirm':
      return <CommitmentReview key={route.meetingId} meetingId={route.meetingId} />;
    case 'follow-up':
      return <FollowUpPage key={route.issueId} issueId={route.issueId} />;
  }
}

type MenuPage = 'home' | 'ledger' | 'roster' | 'statistics' | 'exchange' | 'settings';
const menuPages: readonly string[] = [
  'ledger',
  'roster',
  'statistics',
  'exchange',
  'settings',
] satisfies MenuPage[];

/**
 * The main menu, as links; its first entry is the meeting's configured name (屋场会, 院坝会, …).
 * Plain links rather than antd's Menu: the Menu measures its items as it is first drawn (to fold
 * those that do not fit into "…") and wraps each in a tooltip, about 20 ms of every start; six
 * short entries fit the header of any laptop, and wrap when the window is narrower still.
 */
function MainMenu({ route }: { route: Route }) {
  const settings = useSettings();
  // A villager's history belongs to the 村民名册; a meeting and its pages to the meetings.
  const current: MenuPage =
    route.page === 'person'
      ? 'roster'
      : menuPages.includes(route.page)
        ? (route.page as MenuPage)
        : 'home';
  const items: readonly [MenuPage, string][] = [
    ['home', settings.meetingTypeLabel],
    ['ledger', '台账'],
    ['roster', '村民名册'],
    ['statistics', '统计'],
    ['exchange', '导入与备份'],
    ['settings', '设置'],
  ];
  return (
    <nav className="main-menu" aria-label="主菜单">
      {items.map(([page, label]) => (
        <a
          key={page}
          href={routeHref({ page })}
          aria-current={page === current ? 'page' : undefined}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}

export function Root({ repositories }: { repositories: Repositories }) {
  const route = useRoute();
  return (
    <ConfigProvider {...appTheme}>
      <AntApp>
        <RepositoriesProvider repositories={repositories}>
          <SaveStatusProvider>
            <Layout style={{ minHeight: '100vh' }}>
              <Layout.Header className="app-header">
                <a className="app-title" href="#/">
                  屋场会助手
                </a>
                <MainMenu route={route} />
                <SearchLauncher />
                <SaveIndicator />
              </Layout.Header>
              <ConflictBanner />
              <Layout.Content className="app-content">
                <Suspense fallback={null}>
                  <Page route={route} />
                </Suspense>
              </Layout.Content>
            </Layout>
          </SaveStatusProvider>
        </RepositoriesProvider>
      </AntApp>
    </ConfigProvider>
  );
}
