// Hands the repositories to the screens, and the settings: one live query for the whole app, so
// every screen has the same settings from its first frame, read before it (first-reads.ts).
import { liveQuery } from 'dexie';
import { useObservable } from 'dexie-react-hooks';
import { createContext, useContext, type ReactNode } from 'react';
import { claimEarly } from './early-reads';
import { settingsKey } from './first-reads';
import { defaultSettings, type Settings } from '../../shared/domain/schemas';
import type { Repositories } from '../db/repositories';

const RepositoriesContext = createContext<Repositories | null>(null);
const SettingsContext = createContext<Settings>(defaultSettings);

export function RepositoriesProvider({
  repositories,
  children,
}: {
  repositories: Repositories;
  children: ReactNode;
}) {
  const settings = useObservable(
    () => claimEarly<Settings>(settingsKey) ?? liveQuery(() => repositories.settings.get()),
    [repositories],
    defaultSettings,
  );
  return (
    <RepositoriesContext.Provider value={repositories}>
      <SettingsContext.Provider value={settings ?? defaultSettings}>
        {children}
      </SettingsContext.Provider>
    </RepositoriesContext.Provider>
  );
}

export function useRepositories(): Repositories {
  const repositories = useContext(RepositoriesContext);
  if (!repositories) throw new Error('useRepositories outside RepositoriesProvider');
  return repositories;
}

export function useSettings(): Settings {
  return useContext(SettingsContext);
}
