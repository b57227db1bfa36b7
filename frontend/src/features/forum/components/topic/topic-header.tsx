import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import type { TopicView } from '../../api/types';
import { KindTag, SolvedTag } from '../badges';
import { TagMenu } from '../tag-menu';

/** The topic's title, kind, category, who started it, its facts, link and tags. */
export function TopicHeader({ topic }: { topic: TopicView }) {
  const { t } = useTranslation('forum');
  const { language } = useLanguage();
  const name = (x: { nameNb: string; nameEn: string }) => (language === 'en' ? x.nameEn : x.nameNb);
  return (
    <header className="hb-stack hb-topic-head">
      <div className="hb-topic-row__tags">
        <KindTag kind={topic.kind} />
        {topic.solved ? <SolvedTag /> : null}
        {topic.pinned ? <span className="hb-flag">{t('topic.pinned')}</span> : null}
      </div>
      <Heading level={1} data-size="lg" id="hb-topic-title">
        {topic.title}
      </Heading>
      <Paragraph data-size="sm" className="hb-muted">
        <Link to={`/forum/c/${topic.category.slug}`} className="ds-link">
          {name(topic.category)}
        </Link>
        {' · '}
        {t('topic.started', {
          who: topic.author?.displayName ?? t('post.unknownAuthor'),
          when: formatDate(topic.createdAt, language),
        })}
        {topic.solved && topic.acceptedPostNumber ? (
          <>
            {' · '}
            <Link to={`/forum/t/${topic.id}?post=${topic.acceptedPostNumber}`} className="ds-link">
              {t('topic.goToAnswer')}
            </Link>
          </>
        ) : null}
      </Paragraph>
      <dl className="hb-facts hb-facts--pairs">
        {topic.systems.length ? (
          <>
            <dt>{t('facts.systems')}</dt>
            <dd>{topic.systems.map(name).join(', ')}</dd>
          </>
        ) : null}
        {topic.workplaceType ? (
          <>
            <dt>{t('facts.workplaceType')}</dt>
            <dd>{name(topic.workplaceType)}</dd>
          </>
        ) : null}
        {topic.orgSize ? (
          <>
            <dt>{t('facts.orgSize')}</dt>
            <dd>{t(`orgSize.${topic.orgSize}`)}</dd>
          </>
        ) : null}
        {topic.duration ? (
          <>
            <dt>{t('facts.duration')}</dt>
            <dd>{t(`duration.${topic.duration}`)}</dd>
          </>
        ) : null}
        {topic.trainingFormat ? (
          <>
            <dt>{t('facts.format')}</dt>
            <dd>{t(`format.${topic.trainingFormat}`)}</dd>
          </>
        ) : null}
        {topic.audiences.length ? (
          <>
            <dt>{t('facts.audiences')}</dt>
            <dd>{topic.audiences.map(name).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {topic.linkUrl ? (
        <Paragraph>
          <DsLink href={topic.linkUrl} rel="nofollow noopener noreferrer" className="hb-break">
            {t('facts.openResource')}: {topic.linkUrl}
          </DsLink>
        </Paragraph>
      ) : null}
      {topic.tags.length ? (
        <ul className="hb-tag-list" aria-label={t('topic.tags')}>
          {topic.tags.map((tag) => (
            <li key={tag}>
              <TagMenu name={tag} />
            </li>
          ))}
        </ul>
      ) : null}
    </header>
  );
}
