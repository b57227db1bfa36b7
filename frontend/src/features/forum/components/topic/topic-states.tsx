import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Skeleton } from '@/components/ui/skeleton';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingShape } from '@/components/ui/load-state';
import { NetworkError, isNotFound } from '@/lib/api-client';
import type { ReadTopicPage } from '../../api/topics';

/** The topic's shape while it loads, announced to screen readers. */
export function TopicSkeleton() {
  const { t } = useTranslation('forum');
  return (
    <LoadingShape label={t('topic.loadingTitle')}>
      <Skeleton variant="text" width={30} data-size="lg" />
      <Skeleton variant="rectangle" height="10rem" />
      <Skeleton variant="rectangle" height="6rem" />
    </LoadingShape>
  );
}

/** A topic that could not be shown: gone, not kept for offline reading, or a failed load. */
export function TopicLoadError({ error }: { error: unknown }) {
  const { t } = useTranslation('forum');
  const notFound = isNotFound(error);
  const offline = error instanceof NetworkError && !navigator.onLine;
  return (
    <article className="hb-stack">
      <Heading level={1} data-size="lg">
        {notFound ? t('topic.notFound') : offline ? t('kept.notKept') : t('topic.error')}
      </Heading>
      <Paragraph>
        {notFound
          ? t('topic.notFoundBody')
          : offline
            ? t('kept.notKeptBody')
            : t('topic.errorBody')}
      </Paragraph>
      <div>
        <Link to="/forum" className="ds-link">
          {t('topic.backToForum')}
        </Link>
      </div>
    </article>
  );
}

/** Why the topic takes no replies (closed, locked), that it is hidden, and what is new since. */
export function TopicNotices({ data }: { data: ReadTopicPage }) {
  const { t } = useTranslation('forum');
  const topic = data.topic;
  return (
    <>
      {topic.closedAt ? (
        <Alert data-color="info" data-size="sm">
          {t('topic.closedBecause', { reason: topic.closedReason ?? '' })}
        </Alert>
      ) : topic.locked ? (
        <Alert data-color="info" data-size="sm">
          {t('topic.lockedExplain')}
        </Alert>
      ) : null}
      {!topic.visible ? (
        <Alert data-color="warning" data-size="sm">
          {t('topic.hiddenExplain')}
        </Alert>
      ) : null}
      {data.firstNewPostNumber != null && data.newPostCount > 0 ? (
        <Paragraph data-size="sm">
          <Link to={`/forum/t/${topic.id}?post=${data.firstNewPostNumber}`} className="ds-link">
            {t('topic.newSince', { count: data.newPostCount })}
          </Link>
        </Paragraph>
      ) : null}
    </>
  );
}
