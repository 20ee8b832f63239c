import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { useLocalized } from '@/lib/i18n/use-localized';
import { useMe } from '../api/get-me';

/** Login button for visitors; name, organisation and logout for a signed-in user. */
export function UserArea() {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const auth = useAuth();
  const subject = auth.isAuthenticated ? auth.user?.profile.sub : undefined;
  const me = useMe(subject);

  if (auth.isLoading && !auth.isAuthenticated) {
    return (
      <p className="user-area muted" role="status">
        {t('auth.loading')}
      </p>
    );
  }

  if (!auth.isAuthenticated || !auth.user) {
    return (
      <div className="user-area">
        <button type="button" className="button" onClick={() => void auth.signinRedirect({ redirect_uri: currentAddress() }).catch(() => {})}>
          {t('auth.login')}
        </button>
        {auth.error && (
          <p className="user-area-error" role="alert">
            {t('auth.error', { message: auth.error.message })}
          </p>
        )}
      </div>
    );
  }

  const profile = auth.user.profile;
  const username = me.data?.username ?? profile.preferred_username ?? profile.sub;
  const name = me.data?.name ?? profile.name;
  const organisation = me.data?.organisation;

  return (
    <div className="user-area" aria-label={t('auth.userArea')} role="group">
      <p className="user-identity">
        <span className="visually-hidden">{t('auth.signedInAs')} </span>
        <span className="user-name">{name ?? username}</span>
        {name && <span className="user-username"> ({username})</span>}
        {organisation && (
          <span className="user-organisation">
            <span className="visually-hidden">, {t('auth.organisation')}: </span>
            {text(organisation.name)}
          </span>
        )}
      </p>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => void auth.signoutRedirect().catch(() => void auth.removeUser())}
      >
        {t('auth.logout')}
      </button>
    </div>
  );
}

/** Back to the page the user logged in from (the realm accepts any path of the app's origin). */
function currentAddress(): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}`;
}
