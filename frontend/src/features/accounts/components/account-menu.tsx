import { Avatar, Dropdown } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '@/lib/use-language';
import { useSession } from '@/lib/session';
import { updateMe } from '../api/auth';
import { useSignOut } from '../hooks/use-sign-out';
import { initials } from '@/lib/initials';
import './accounts.css';

/** The end of the header: sign-in and join links for guests, the avatar menu when signed in. */
export function AccountMenu() {
  const { t } = useTranslation('accounts');
  const { member, updateMember } = useSession();
  const { language, setLanguage } = useLanguage();
  const signOut = useSignOut();

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

  const active = member.roles.includes('ADVISOR');

  return (
    <Dropdown.TriggerContext>
      <Dropdown.Trigger
        variant="tertiary"
        data-size="sm"
        aria-label={t('menu.label', { name: member.displayName })}
      >
        <Avatar aria-hidden="true" data-size="xs">
          {initials(member.displayName)}
        </Avatar>
        <span className="hb-account-name">{member.displayName}</span>
      </Dropdown.Trigger>
      <Dropdown placement="bottom-end">
        <Dropdown.List>
          {active && (
            <Dropdown.Item>
              <Dropdown.Button asChild>
                <Link to={`/members/${member.id}`}>{t('menu.profile')}</Link>
              </Dropdown.Button>
            </Dropdown.Item>
          )}
          {member.roles.includes('COORDINATOR') && (
            <Dropdown.Item>
              <Dropdown.Button asChild>
                <Link to="/moderation/approvals">{t('menu.approvals')}</Link>
              </Dropdown.Button>
            </Dropdown.Item>
          )}
          {member.roles.includes('COORDINATOR') && (
            <Dropdown.Item>
              <Dropdown.Button asChild>
                <Link to="/moderation/members">{t('menu.memberAccounts')}</Link>
              </Dropdown.Button>
            </Dropdown.Item>
          )}
          <Dropdown.Item>
            <Dropdown.Button asChild>
              <Link to="/settings">{t('menu.settings')}</Link>
            </Dropdown.Button>
          </Dropdown.Item>
          <Dropdown.Item>
            <Dropdown.Button
              lang={language === 'nb' ? 'en' : 'nb'}
              aria-label={t('menu.languageLabel')}
              onClick={() => void setLanguage(language === 'nb' ? 'en' : 'nb')}
            >
              {t('menu.language')}
            </Dropdown.Button>
          </Dropdown.Item>
          <Dropdown.Item>
            <Dropdown.Button onClick={() => void signOut()}>{t('menu.signOut')}</Dropdown.Button>
          </Dropdown.Item>
        </Dropdown.List>
      </Dropdown>
    </Dropdown.TriggerContext>
  );
}
