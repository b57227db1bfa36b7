import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '@/lib/session';

/**
 * The header's "Ask a question" button for active members. It stays visible on a phone, where
 * its text shortens to "Ask" (the accessible name is always the visible text).
 */
export function AskLink() {
  const { t } = useTranslation();
  const { member } = useSession();
  if (member?.status !== 'ACTIVE') return null;
  return (
    <Link
      to="/forum/new?kind=question"
      className="ds-button hb-button-link hb-ask"
      data-variant="primary"
      data-size="sm"
    >
      <span className="hb-ask__long">{t('nav.ask')}</span>
      <span className="hb-ask__short">{t('nav.askShort')}</span>
    </Link>
  );
}
