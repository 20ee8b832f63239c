import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { LanguageSwitch } from '@/components/language-switch';
import { Loading } from '@/components/loading';
import { UserArea } from '@/features/auth/components/user-area';

const navItems = [
  { to: '/', key: 'nav.overview', end: true },
  { to: '/policies', key: 'nav.policies' },
  { to: '/indicators', key: 'nav.indicators' },
  { to: '/crime-statistics', key: 'nav.crimeStatistics' },
  { to: '/measures', key: 'nav.measures' },
  { to: '/areas', key: 'nav.districts' },
  { to: '/safety-analyses', key: 'nav.safetyAnalyses' },
  { to: '/agreements', key: 'nav.agreements' },
  { to: '/forum-decisions', key: 'nav.governance' },
  { to: '/situation-pictures', key: 'nav.situationPictures' },
  { to: '/reports', key: 'nav.reports' },
  { to: '/public', key: 'nav.public' },
] as const;

/** After a client-side navigation, move focus to <main> so screen readers start at the new page. */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [pathname]);
}

export function Layout() {
  const { t } = useTranslation();
  const signedIn = useAuth().isAuthenticated;
  useFocusMainOnNavigation();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link to="/" className="brand">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-owner">{t('app.municipality')}</span>
          </Link>
          <div className="header-tools">
            <LanguageSwitch />
            <UserArea />
          </div>
        </div>
        <nav className="main-nav" aria-label={t('nav.label')}>
          <ul>
            {/* For a visitor the start page is the public page: one link to it, not two. */}
            {navItems.filter((item) => signedIn || item.to !== '/public').map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={'end' in item ? item.end : false}>
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
            {signedIn && (
              <li>
                <NavLink to="/tasks">{t('nav.tasks')}</NavLink>
              </li>
            )}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {/* Pages are loaded on first visit (routes.tsx). */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <ul className="footer-links">
          <li>
            <Link to="/public">{t('app.publicPage')}</Link>
          </li>
          <li>
            <Link to="/accessibility">{t('app.accessibilityStatement')}</Link>
          </li>
          <li>
            <a href="/q/swagger-ui">{t('app.openApi')}</a>
          </li>
        </ul>
      </footer>
    </div>
  );
}
