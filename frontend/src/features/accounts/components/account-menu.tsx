import { Avatar } from '@digdir/designsystemet-react';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { initials } from '@/lib/initials';
import { useLanguage } from '@/lib/use-language';
import { useSession, type SessionMember } from '@/lib/session';
import { useAfterMainContent } from '@/lib/use-after-main-content';
import { updateMe } from '../api/auth';
import './accounts.css';

const SignedInMenu = lazy(() =>
  import('./signed-in-menu').then((m) => ({ default: m.SignedInMenu })),
);

/**
 * The end of the header: sign-in and join links for guests, the avatar menu when signed in, and
 * neither while the session is not known yet (restoring it, or offline: ADR 0020) — an empty
 * place of the links' size then, so a member who is signed in is not offered "Logg inn" and
 * nothing jumps when the session is known.
 */
export function AccountMenu() {
  const { status, member, updateMember } = useSession();
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

  return (
    <Suspense
      fallback={
        <span
          className="hb-account-place hb-account-place--empty"
          data-testid="account-placeholder"
        />
      }
    >
      {status === 'loading' ? (
        <AccountPlaceholder />
      ) : member ? (
        <MemberMenu member={member} />
      ) : (
        <GuestLinks />
      )}
    </Suspense>
  );
}

function GuestLinks() {
  const { t } = useTranslation();
  return (
    <span className="hb-account-links">
      <Link to="/sign-in" className="ds-link">
        {t('accountMenu.signIn')}
      </Link>
      <Link to="/register" className="ds-link">
        {t('accountMenu.register')}
      </Link>
    </span>
  );
}

/** The guest links' size, empty: hidden from sight, from screen readers and from the keyboard. */
function AccountPlaceholder() {
  const { t } = useTranslation();
  return (
    <span
      className="hb-account-links hb-account-place"
      aria-hidden="true"
      data-testid="account-placeholder"
    >
      <span className="ds-link">{t('accountMenu.signIn')}</span>
      <span className="ds-link">{t('accountMenu.register')}</span>
    </span>
  );
}

/** The avatar menu; its code (the dropdown's positioning) comes after the page's content. */
function MemberMenu({ member }: { member: SessionMember }) {
  const ready = useAfterMainContent(true);
  // The menu button's shape and size while its code waits: nothing in the header moves when it
  // comes (Lighthouse CLS, ADR 0026).
  const waiting = (
    <span className="ds-button" data-variant="tertiary" data-size="sm" aria-busy="true">
      <Avatar aria-hidden="true" data-size="xs">
        {initials(member.displayName)}
      </Avatar>
      <span className="hb-account-name">{member.displayName}</span>
    </span>
  );
  if (!ready) return waiting;
  return (
    <Suspense fallback={waiting}>
      <SignedInMenu member={member} />
    </Suspense>
  );
}
