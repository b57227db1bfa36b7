import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { useSession } from '@/lib/session';
import { useLanguage } from '@/lib/use-language';
import { useToggle } from '../../api/topics';
import { ToggleProblemAlert } from '../toggle-problem';
import type { TopicView } from '../../api/types';

/** Follow, bookmark and (for a training) "I used this", with the topic's counts. */
export function TopicActions({ topic }: { topic: TopicView }) {
  const { t } = useTranslation('forum');
  const { language } = useLanguage();
  const { member } = useSession();
  const following = useToggle(`/topics/${topic.id}/following`, topic.following);
  const bookmarked = useToggle(`/topics/${topic.id}/bookmark`, topic.bookmarked);
  const used = useToggle(`/topics/${topic.id}/uses`, topic.usedByMe);
  const own = topic.author?.id === member?.id;
  return (
    <div className="hb-card hb-stack">
      <Button variant="secondary" aria-pressed={following.on} onClick={following.toggle}>
        {following.on ? t('follow.topicOn') : t('follow.topicOff')}
      </Button>
      <Button variant="secondary" aria-pressed={bookmarked.on} onClick={bookmarked.toggle}>
        {bookmarked.on ? t('bookmarks.on') : t('bookmarks.off')}
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
            <Button aria-pressed={used.on} onClick={used.toggle}>
              {used.on ? t('training.usedByMe') : t('training.iUsedThis')}
            </Button>
          ) : null}
        </>
      ) : null}
      <ToggleProblemAlert toggles={[following, bookmarked, used]} />
      <Paragraph data-size="sm" className="hb-muted">
        {t('topic.statsReplies', { count: topic.replyCount })} ·{' '}
        {t('topic.statsHelpful', { count: topic.helpfulCount })}
      </Paragraph>
    </div>
  );
}
