import { useAuth } from 'react-oidc-context';
import { useMe } from '@/features/auth/api/get-me';

/** Who is using the measures pages: signed in or not, their roles and organisation. */
export function useCaller() {
  const auth = useAuth();
  const subject = auth.isAuthenticated ? auth.user?.profile.sub : undefined;
  const me = useMe(subject);
  const roles = me.data?.roles ?? [];
  const isCoordinator = roles.includes('coordinator');
  const isEditor = roles.includes('editor');
  return {
    signedIn: auth.isAuthenticated,
    /** True while the login or the caller's roles are still being read. */
    loading: auth.isLoading || (auth.isAuthenticated && me.isPending),
    me: me.data,
    isCoordinator,
    isEditor,
    canCreate: isCoordinator || (isEditor && me.data?.organisation != null),
  };
}
