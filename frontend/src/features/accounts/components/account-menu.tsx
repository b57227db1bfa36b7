import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '@/lib/session';

/** The end of the header: a sign-in link for guests, the member's menu when signed in. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { member } = useSession();
  if (member) return <span>{member.displayName}</span>;
  return (
    <Link to="/sign-in" className="ds-link">
      {t('nav.signIn')}
    </Link>
  );
}
