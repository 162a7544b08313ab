/** The one query that holds the dataset: fetched once, never refetched. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import datasetUrl from '../../data/dataset.json?url';
import { DatasetError, loadDataset } from './load-dataset';

export const datasetQuery = (url: string = datasetUrl) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: () => loadDataset(url),
    staleTime: Infinity,
    gcTime: Infinity,
    // A network hiccup is worth one more try; a dataset that is not JSON or breaks its contract is not.
    retry: (failures, error) =>
      failures < 1 &&
      !(error instanceof DatasetError && (error.kind === 'contract' || error.kind === 'json')),
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export const useDatasetQuery = () => useQuery(datasetQuery());
