import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFollow, useMembership } from '../api/groups';
import type { Group } from '../api/types';

/** Join or leave, follow or stop, and ask the group. */
export function GroupActions({ group }: { group: Group }) {
  const { t } = useTranslation('groups');
  const membership = useMembership(group.id);
  const follow = useFollow(group.id);
  return (
    <div className="hb-group-actions">
      <Link
        to={`/groups/${group.id}/ask`}
        className="ds-button hb-button-link"
        data-variant="primary"
      >
        {t('ask')}
      </Link>
      <Button
        variant="secondary"
        disabled={membership.isPending}
        onClick={() => membership.mutate(!group.member)}
      >
        {group.member ? t('leave') : group.left ? t('rejoin') : t('join')}
      </Button>
      <Button
        variant="tertiary"
        aria-pressed={group.following}
        disabled={follow.isPending}
        onClick={() => follow.mutate(!group.following)}
      >
        {group.following ? t('unfollow') : t('follow')}
      </Button>
    </div>
  );
}
