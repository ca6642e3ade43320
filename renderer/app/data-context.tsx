// Hands the repositories to the screens and keeps the settings live.
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, type ReactNode } from 'react';
import { defaultSettings, type Settings } from '../../shared/domain/schemas';
import type { Repositories } from '../db/repositories';

const RepositoriesContext = createContext<Repositories | null>(null);

export function RepositoriesProvider({
  repositories,
  children,
}: {
  repositories: Repositories;
  children: ReactNode;
}) {
  return (
    <RepositoriesContext.Provider value={repositories}>{children}</RepositoriesContext.Provider>
  );
}

export function useRepositories(): Repositories {
  const repositories = useContext(RepositoriesContext);
  if (!repositories) throw new Error('useRepositories outside RepositoriesProvider');
  return repositories;
}

export function useSettings(): Settings {
  const { settings } = useRepositories();
  return useLiveQuery(() => settings.get(), [settings], defaultSettings);
}
