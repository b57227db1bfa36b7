import '../groups.css';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isNotFound } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import { useGroup, useGroupTopics } from '../api/groups';
import { GroupActions } from '../components/group-actions';
import { GroupMembers } from '../components/group-members';
import { TopicLines } from '../components/topic-lines';
import { ListSkeleton, LoadError } from '@/components/ui/load-state';
import { HeadedSection } from '@/components/ui/section';

/** A group: what it is, join/follow/ask, its recent topics and its members. */
export function GroupPage() {
  const { t } = useTranslation('groups');
  const { language } = useLanguage();
  const id = Number(useParams().id);
  const group = useGroup(id);
  const topics = useGroupTopics(id);
  const name = group.data ? (language === 'en' ? group.data.nameEn : group.data.nameNb) : '';
  const description = group.data
    ? language === 'en'
      ? group.data.descriptionEn
      : group.data.descriptionNb
    : null;
  useDocumentTitle(name || t('title'));
  if (group.isLoading) return <ListSkeleton height="4rem" />;
  if (group.isError || !group.data) {
    // Every page has its <h1>, a missing group too.
    const notFound = isNotFound(group.error);
    return (
      <div className="hb-stack">
        <Heading level={1} data-size="lg">
          {notFound ? t('notFound') : t('title')}
        </Heading>
        {notFound ? (
          <Paragraph>
            {t('notFoundBody')}{' '}
            <Link to="/groups" className="ds-link">
              {t('notFoundBack')}
            </Link>
          </Paragraph>
        ) : (
          <LoadError ns="groups" error={group.error} retry={() => void group.refetch()} />
        )}
      </div>
    );
  }
  return (
    <div className="hb-stack">
      <Heading level={1} data-size="lg">
        {name}
      </Heading>
      <Paragraph>
        {t(`kind.${group.data.kind}`)} · {t('members', { count: group.data.memberCount })}
      </Paragraph>
      {description ? <Paragraph>{description}</Paragraph> : null}
      <GroupActions group={group.data} />
      <div className="hb-columns">
        <HeadedSection id="hb-group-topics" title={t('topicsTitle')} size="sm">
          {topics.isLoading ? <ListSkeleton height="4rem" rows={2} /> : null}
          {topics.isError ? (
            <LoadError ns="groups" error={topics.error} retry={() => void topics.refetch()} />
          ) : null}
          {topics.data ? <TopicLines topics={topics.data} emptyText={t('topicsEmpty')} /> : null}
        </HeadedSection>
        <GroupMembers groupId={id} />
      </div>
    </div>
  );
}
