/** Every context the app needs, in one place. */
import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';

type Props = { queryClient: QueryClient; i18n: i18n; children: ReactNode };

export function Providers({ queryClient, i18n, children }: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter>
        <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
      </NuqsAdapter>
    </QueryClientProvider>
  );
}
