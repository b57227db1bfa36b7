import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatWhen } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import type { GroupTopic } from '../api/types';

/** Questions, stories and resources as a list of links with who, when and how far they came. */
export function TopicLines({ topics, emptyText }: { topics: GroupTopic[]; emptyText: string }) {
  const { t } = useTranslation('groups');
  const { language } = useLanguage();
  if (topics.length === 0) return <Paragraph>{emptyText}</Paragraph>;
  return (
    <ul className="hb-group-topics">
      {topics.map((topic) => (
        <li key={topic.topicId}>
          <Link to={`/forum/t/${topic.topicId}`}>{topic.title}</Link>
          <Paragraph data-size="sm">
            {t(`topicKind.${topic.kind}`)}
            {topic.authorName ? ` ${t('by', { name: topic.authorName })}` : ''} ·{' '}
            {formatWhen(topic.createdAt, language)} · {t('replies', { count: topic.replyCount })}
          </Paragraph>
          {topic.solved || topic.askedOfGroup !== null ? (
            <div className="hb-tags">
              {topic.solved ? <Tag data-color="success">{t('solved')}</Tag> : null}
              {topic.askedOfGroup !== null ? <Tag data-color="info">{t('askedHere')}</Tag> : null}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
