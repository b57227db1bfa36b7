import { Avatar, Button } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAnchoredPopover } from '@/components/ui/anchored-popover';
import { initials } from '@/lib/initials';
import type { SessionMember } from '@/lib/session';
import { useSignOut } from '../hooks/use-sign-out';

/**
 * The signed-in member's avatar menu: the browser's own popover under the avatar button, with the
 * dropdown's Designsystemet classes (`useAnchoredPopover`; Designsystemet's React Dropdown brought
 * its web-component code into every signed-in page, ADR 0022). Tab reaches the items, Escape or a
 * click elsewhere closes it; choosing an item closes it too (the header stays while the page
 * changes under it).
 */
export function SignedInMenu({ member }: { member: SessionMember }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const id = useId();
  const { menu, trigger, close } = useAnchoredPopover<HTMLButtonElement>('end');
  const active = member.roles.includes('ADVISOR');
  const coordinator = member.roles.includes('COORDINATOR');

  const item = (to: string, label: ReactNode) => (
    <li>
      <Button asChild variant="tertiary">
        <Link to={to} onClick={close}>
          {label}
        </Link>
      </Button>
    </li>
  );

  return (
    <>
      <Button
        ref={trigger}
        variant="tertiary"
        data-size="sm"
        aria-label={t('accountMenu.label', { name: member.displayName })}
        popoverTarget={id}
      >
        <Avatar aria-hidden="true" data-size="xs">
          {initials(member.displayName)}
        </Avatar>
        <span className="hb-account-name">{member.displayName}</span>
      </Button>
      <div ref={menu} id={id} popover="auto" className="ds-dropdown" data-placement="bottom-end">
        <ul>
          {active && item(`/members/${member.id}`, t('accountMenu.profile'))}
          {coordinator && item('/moderation/approvals', t('accountMenu.approvals'))}
          {coordinator && item('/moderation/members', t('accountMenu.memberAccounts'))}
          {item('/settings', t('accountMenu.settings'))}
          <li>
            <Button
              variant="tertiary"
              onClick={() => {
                close();
                void signOut();
              }}
            >
              {t('accountMenu.signOut')}
            </Button>
          </li>
        </ul>
      </div>
    </>
  );
}
