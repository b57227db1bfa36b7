import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { useSession } from '@/lib/session';
import { useLanguage } from '@/lib/use-language';
import { useForumAction } from '../../api/topics';
import type { TopicView } from '../../api/types';

/** Follow, bookmark and (for a training) "I used this", with the topic's counts. */
export function TopicActions({ topic }: { topic: TopicView }) {
  const { t } = useTranslation('forum');
  const { language } = useLanguage();
  const { member } = useSession();
  const action = useForumAction();
  const own = topic.author?.id === member?.id;
  return (
    <div className="hb-card hb-stack">
      <Button
        variant="secondary"
        aria-pressed={topic.following}
        onClick={() =>
          action.mutate({
            method: topic.following ? 'delete' : 'put',
            path: `/topics/${topic.id}/following`,
          })
        }
      >
        {topic.following ? t('follow.topicOn') : t('follow.topicOff')}
      </Button>
      <Button
        variant="secondary"
        aria-pressed={topic.bookmarked}
        onClick={() =>
          action.mutate({
            method: topic.bookmarked ? 'delete' : 'put',
            path: `/topics/${topic.id}/bookmark`,
          })
        }
      >
        {topic.bookmarked ? t('bookmarks.on') : t('bookmarks.off')}
      </Button>
      {topic.kind === 'TRAINING' ? (
        <>
          <Paragraph data-size="sm">
            {t('training.usedCount', {
              count: topic.usedCount,
              n: formatNumber(topic.usedCount, language),
            })}
          </Paragraph>
          {!own ? (
            <Button
              aria-pressed={topic.usedByMe}
              onClick={() =>
                action.mutate({
                  method: topic.usedByMe ? 'delete' : 'put',
                  path: `/topics/${topic.id}/uses`,
                })
              }
            >
              {topic.usedByMe ? t('training.usedByMe') : t('training.iUsedThis')}
            </Button>
          ) : null}
        </>
      ) : null}
      <Paragraph data-size="sm" className="hb-muted">
        {t('topic.statsReplies', { count: topic.replyCount })} ·{' '}
        {t('topic.statsHelpful', { count: topic.helpfulCount })}
      </Paragraph>
    </div>
  );
}
