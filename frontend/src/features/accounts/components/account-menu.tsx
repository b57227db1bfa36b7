import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '@/lib/use-language';
import { useSession } from '@/lib/session';
import { updateMe } from '../api/auth';
import './accounts.css';

const SignedInMenu = lazy(() =>
  import('./signed-in-menu').then((m) => ({ default: m.SignedInMenu })),
);

/** The end of the header: sign-in and join links for guests, the avatar menu when signed in. */
export function AccountMenu() {
  const { t } = useTranslation('accounts');
  const { member, updateMember } = useSession();
  const { language } = useLanguage();

  // The interface language follows the member across devices: keep the server's copy in step.
  useEffect(() => {
    if (member && member.language !== language) {
      updateMe({ language })
        .then(updateMember)
        .catch(() => {
          // Not worth bothering the member; the next change tries again.
        });
    }
  }, [member, language, updateMember]);

  if (!member) {
    return (
      <span className="hb-account-links">
        <Link to="/sign-in" className="ds-link">
          {t('menu.signIn')}
        </Link>
        <Link to="/register" className="ds-link">
          {t('menu.register')}
        </Link>
      </span>
    );
  }

  return (
    <Suspense
      fallback={
        <span className="hb-account-name" aria-busy="true">
          {member.displayName}
        </span>
      }
    >
      <SignedInMenu member={member} />
    </Suspense>
  );
}
