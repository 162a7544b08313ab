/**
 * The loaded dataset, for any panel that needs it: useDataset() reads it from the provider the app
 * mounts once the one dataset query has succeeded (dataset-query.ts), so panels never take it as a prop.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { IndexedDataset } from './indexed-dataset';

const DatasetContext = createContext<IndexedDataset | null>(null);

export function DatasetProvider({ dataset, children }: { dataset: IndexedDataset; children: ReactNode }) {
  return <DatasetContext.Provider value={dataset}>{children}</DatasetContext.Provider>;
}

export function useDataset(): IndexedDataset {
  const dataset = useContext(DatasetContext);
  if (!dataset) throw new Error('useDataset is used outside <DatasetProvider>');
  return dataset;
}
