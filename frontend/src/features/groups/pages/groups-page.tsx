import '../groups.css';
import { Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasRole, useSession } from '@/lib/session';
import { useGroups } from '../api/groups';
import type { Group } from '../api/types';
import { GroupCard } from '../components/group-card';
import { NoGroups } from '../components/no-groups';
import { ListSkeleton, LoadError } from '@/components/ui/load-state';
import { PageTitle } from '@/components/ui/page-title';
import { HeadedSection } from '@/components/ui/section';

/** Every group: the reader's own first, then the rest by kind and name. */
export function GroupsPage() {
  const { t } = useTranslation('groups');
  const { member } = useSession();
  const groups = useGroups();
  const mine = groups.data?.filter((g) => g.member) ?? [];
  const others = groups.data?.filter((g) => !g.member) ?? [];
  return (
    <div className="hb-stack">
      <div className="hb-page-head">
        <PageTitle>{t('title')}</PageTitle>
        {hasRole(member, 'COORDINATOR') ? (
          <DsLink asChild>
            <Link to="/groups/new">{t('newGroup.link')}</Link>
          </DsLink>
        ) : null}
      </div>
      <Paragraph>{t('lead')}</Paragraph>
      {groups.isLoading ? <ListSkeleton height="4rem" /> : null}
      {groups.isError ? (
        <LoadError ns="groups" error={groups.error} retry={() => void groups.refetch()} />
      ) : null}
      {groups.data ? (
        <>
          <GroupSection
            id="hb-groups-mine"
            title={t('mine')}
            groups={mine}
            // As on the home page: what puts a member in groups, not an empty page.
            empty={<NoGroups />}
          />
          <GroupSection id="hb-groups-all" title={t('all')} groups={others} />
        </>
      ) : null}
    </div>
  );
}

function GroupSection({
  id,
  title,
  groups,
  empty,
}: {
  id: string;
  title: string;
  groups: Group[];
  /** Shown under the title when there is no group; without it, no section. */
  empty?: ReactNode;
}) {
  if (groups.length === 0 && !empty) return null;
  return (
    <HeadedSection id={id} title={title} size="sm">
      {groups.length === 0 ? (
        empty
      ) : (
        <ul className="hb-group-grid">
          {groups.map((g) => (
            <li key={g.id}>
              <GroupCard group={g} />
            </li>
          ))}
        </ul>
      )}
    </HeadedSection>
  );
}
