import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListSkeleton } from '@/components/ui/load-state';
import { formatNumber, formatWhen } from '@/lib/format';
import { useDeferredQuery } from '@/lib/use-deferred-query';
import { useLanguage } from '@/lib/use-language';
import type { TopicSummary, TopicSummaryPage } from '../api/types';
import { KindTag, SolvedTag } from './badges';

interface Props {
  /** The list's query (useTopicList, useBookmarks). */
  list: {
    data: TopicSummaryPage | undefined;
    isLoading: boolean;
    isError: boolean;
    refetch: () => unknown;
  };
  emptyText: string;
  /**
   * The page shown and where previous/next go; without it no pager (short previews that link to
   * the full list instead).
   */
  pager?: { page: number; onPage: (page: number) => void };
}

/** Where a topic link should land: the first unread post if there are new replies. */
export function topicHref(t: TopicSummary) {
  if (t.lastReadPostNumber != null && t.lastPostNumber > t.lastReadPostNumber) {
    return `/forum/t/${t.id}?post=${t.lastReadPostNumber + 1}`;
  }
  return `/forum/t/${t.id}`;
}

export function TopicList({ list, emptyText, pager }: Props) {
  const { data, isLoading, isError } = useDeferredQuery(list);
  const { t } = useTranslation('forum');
  const { language } = useLanguage();
  if (isLoading) {
    return <ListSkeleton rows={4} height="4.5rem" label={t('list.loading')} />;
  }
  if (isError || !data) {
    return (
      <div className="hb-stack" role="alert">
        <Paragraph>{t('list.error')}</Paragraph>
        <div>
          <Button variant="secondary" onClick={() => void list.refetch()}>
            {t('list.retry')}
          </Button>
        </div>
      </div>
    );
  }
  if (data.items.length === 0) {
    return <Paragraph className="hb-empty">{emptyText}</Paragraph>;
  }
  return (
    <>
      <ul className="hb-topics">
        {data.items.map((topic) => {
          const unread =
            topic.lastReadPostNumber == null
              ? null
              : Math.max(0, topic.lastPostNumber - topic.lastReadPostNumber);
          return (
            <li key={topic.id} className="hb-topic-row">
              <div className="hb-topic-row__tags">
                <KindTag kind={topic.kind} />
                {topic.solved ? <SolvedTag /> : null}
                {topic.pinned ? <span className="hb-flag">{t('topic.pinned')}</span> : null}
                {topic.locked ? <span className="hb-flag">{t('topic.locked')}</span> : null}
                {topic.closed ? <span className="hb-flag">{t('topic.closed')}</span> : null}
              </div>
              <Heading level={2} data-size="2xs" className="hb-topic-row__title">
                <Link to={topicHref(topic)} className="ds-link">
                  {topic.title}
                </Link>
                {topic.lastReadPostNumber == null ? (
                  <span className="hb-new">{t('list.new')}</span>
                ) : unread ? (
                  <span className="hb-new">{t('list.newReplies', { count: unread })}</span>
                ) : null}
              </Heading>
              <Paragraph data-size="sm" className="hb-muted">
                {t('list.meta', {
                  author: topic.author?.displayName ?? t('post.unknownAuthor'),
                  when: formatWhen(topic.lastActivityAt, language),
                })}
                {' · '}
                {t('list.replies', {
                  count: topic.replyCount,
                  n: formatNumber(topic.replyCount, language),
                })}
                {topic.helpfulCount > 0
                  ? ` · ${t('list.helpful', { count: topic.helpfulCount })}`
                  : ''}
                {topic.kind === 'TRAINING'
                  ? ` · ${t('list.used', { count: topic.usedCount })}`
                  : ''}
              </Paragraph>
              {topic.tags.length > 0 ? (
                <ul className="hb-tag-list" aria-label={t('topic.tags')}>
                  {topic.tags.map((tag) => (
                    <li key={tag}>
                      <Link to={`/forum?tag=${encodeURIComponent(tag)}`} className="hb-tag-link">
                        #{tag}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
      {pager ? (
        <nav className="hb-pager" aria-label={t('list.pages')}>
          <Button
            variant="secondary"
            disabled={pager.page <= 0}
            onClick={() => pager.onPage(pager.page - 1)}
          >
            {t('list.previous')}
          </Button>
          <span>{t('list.page', { page: pager.page + 1 })}</span>
          <Button
            variant="secondary"
            disabled={!data.hasNext}
            onClick={() => pager.onPage(pager.page + 1)}
          >
            {t('list.next')}
          </Button>
        </nav>
      ) : null}
    </>
  );
}
