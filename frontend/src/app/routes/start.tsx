import { lazy } from 'react';
import { useAuth } from 'react-oidc-context';
import { Loading } from '@/components/loading';
import { useMe } from '@/features/auth/api/get-me';
import { withTexts } from '@/lib/i18n/i18n';
import { publicTexts } from '../catalogue-parts';

// Each start page is its own chunk: a visitor's first visit fetches the public page only, a
// signed-in reader's the glance only, and neither counts against the first visit's budget.
const PublicStart = lazy(async () => ({ default: (await withTexts(publicTexts, import('./public'))).PublicRoute }));
const SignedInStart = lazy(() => import('./overview').then((module) => ({ default: module.OverviewRoute })));

const SIGNED_IN_ROLES = ['viewer', 'partner', 'editor', 'coordinator'];

/**
 * `/`: a visitor gets the public start page (the goals with their latest figures, crime, the
 * adopted documents), a signed-in reader with a role the glance at what to act on. The
 * layout's Suspense shows `Loading` while either loads.
 */
export function StartRoute() {
  const auth = useAuth();
  const me = useMe(auth.isAuthenticated ? auth.user?.profile.sub : undefined);
  if (auth.isLoading || (auth.isAuthenticated && me.isPending)) return <Loading />;
  const glance = me.data?.roles.some((role) => SIGNED_IN_ROLES.includes(role)) ?? false;
  return glance ? <SignedInStart /> : <PublicStart />;
}
