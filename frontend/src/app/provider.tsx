import { useMemo, useState, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { UserManager } from 'oidc-client-ts';
import { I18nextProvider } from 'react-i18next';
import { AuthProvider } from 'react-oidc-context';
import { createQueryClient } from '@/lib/react-query';
import { i18n } from '@/lib/i18n/i18n';
import { onSigninCallback, connectApiToUserManager, userManager as defaultUserManager } from '@/lib/auth/user-manager';

interface AppProviderProps {
  children: ReactNode;
  queryClient?: QueryClient;
  userManager?: UserManager;
}

export function AppProvider({ children, queryClient, userManager = defaultUserManager }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  useMemo(() => connectApiToUserManager(userManager), [userManager]);
  return (
    <I18nextProvider i18n={i18n}>
      <AuthProvider userManager={userManager} onSigninCallback={onSigninCallback}>
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </AuthProvider>
    </I18nextProvider>
  );
}
