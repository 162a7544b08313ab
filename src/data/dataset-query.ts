/** The one query that holds the dataset shown, keyed by where it comes from: fetched once, never refetched. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import datasetUrl from '../../data/dataset.json?url';
import { BUNDLED, type DataSource } from './data-source';
import { DatasetError, loadDataset } from './load-dataset';

export const datasetKey = (source: DataSource) =>
  source.kind === 'bundled'
    ? (['dataset', datasetUrl] as const)
    : source.kind === 'url'
      ? (['dataset', 'url', source.url] as const)
      : (['dataset', 'file', String(source.id)] as const);

const load = (source: DataSource) => {
  // Reading another dataset loads its code only when asked (read-dataset.ts).
  if (source.kind === 'url') return import('./read-dataset').then((m) => m.fetchDataset(source.url));
  if (source.kind === 'file') return import('./read-dataset').then((m) => m.readDatasetFile(source.file));
  // The bundled dataset was validated at build time; bytes that match it skip the validator.
  return loadDataset(datasetUrl, fetch, __BUNDLED_DATASET_SHA256__);
};

export const datasetQuery = (source: DataSource = BUNDLED) =>
  queryOptions({
    queryKey: datasetKey(source),
    queryFn: () => load(source),
    staleTime: Infinity,
    gcTime: Infinity,
    // A network hiccup is worth one more try; a dataset that is not JSON or breaks its contract, or a file, is not.
    retry: (failures, error) =>
      source.kind !== 'file' &&
      failures < 1 &&
      !(error instanceof DatasetError && (error.kind === 'contract' || error.kind === 'json')),
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export const useDatasetQuery = (source: DataSource = BUNDLED) => useQuery(datasetQuery(source));
