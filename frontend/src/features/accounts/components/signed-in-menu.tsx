import { Avatar, Dropdown } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { initials } from '@/lib/initials';
import type { SessionMember } from '@/lib/session';
import { useSignOut } from '../hooks/use-sign-out';

/**
 * The signed-in member's avatar menu. Loaded on demand: the dropdown's positioning library is not
 * part of the first page a guest loads.
 */
export function SignedInMenu({ member }: { member: SessionMember }) {
  const { t } = useTranslation('accounts');
  const signOut = useSignOut();
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
            <Dropdown.Button onClick={() => void signOut()}>{t('menu.signOut')}</Dropdown.Button>
          </Dropdown.Item>
        </Dropdown.List>
      </Dropdown>
    </Dropdown.TriggerContext>
  );
}
