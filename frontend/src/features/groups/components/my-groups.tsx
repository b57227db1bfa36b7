import '../groups.css';
import { Heading, Link as DsLink } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyGroups } from '../api/groups';
import { GroupCard } from './group-card';
import { NoGroups } from './no-groups';
import { TopicLines } from './topic-lines';
import { ListSkeleton, LoadError } from '@/components/ui/load-state';

/** The front page's groups: the member's groups and questions others put to them lately. */
export function MyGroups() {
  const { t } = useTranslation('groups');
  const mine = useMyGroups();
  return (
    <section className="hb-stack" aria-labelledby="hb-my-groups">
      <div className="hb-page-head">
        <Heading level={2} data-size="sm" id="hb-my-groups">
          {t('mine')}
        </Heading>
        <DsLink asChild>
          <Link to="/groups">{t('allGroupsLink')}</Link>
        </DsLink>
      </div>
      {mine.isLoading ? <ListSkeleton height="4rem" rows={2} /> : null}
      {mine.isError ? (
        <LoadError ns="groups" error={mine.error} retry={() => void mine.refetch()} />
      ) : null}
      {mine.data ? (
        mine.data.groups.length === 0 ? (
          <NoGroups />
        ) : (
          <>
            <ul className="hb-group-grid">
              {mine.data.groups.map((g) => (
                <li key={g.id}>
                  <GroupCard group={g} />
                </li>
              ))}
            </ul>
            <Heading level={3} data-size="2xs">
              {t('askedOfMine')}
            </Heading>
            <TopicLines topics={mine.data.askedOfMyGroups} emptyText={t('askedOfMineEmpty')} />
          </>
        )
      ) : null}
    </section>
  );
}
