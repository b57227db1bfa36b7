import '../search.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSimilarTopics, useRelatedTopics, type SimilarTopic } from '../api/search';

function useDebounced<T>(value: T, ms: number) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

function TopicLines({ topics }: { topics: SimilarTopic[] }) {
  const { t } = useTranslation('search');
  return (
    <ul className="hb-similar__list">
      {topics.map((s) => (
        <li key={s.topicId}>
          <Link to={`/forum/t/${s.topicId}`} className="ds-link">
            {s.title}
          </Link>{' '}
          {s.solved ? <span className="hb-search-badge">{t('hit.solved')}</span> : null}{' '}
          <span className="hb-muted">{t('similar.replies', { count: s.replies })}</span>
        </li>
      ))}
    </ul>
  );
}

/** While a member writes a topic: the existing topics most like it, solved questions first. */
export function SimilarTopics({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation('search');
  const settledTitle = useDebounced(title.trim(), 400);
  const settledBody = useDebounced(body.trim().slice(0, 500), 800);
  const similar = useSimilarTopics(settledTitle, settledBody);
  const topics = settledTitle.length >= 3 ? (similar.data ?? []) : [];
  return (
    <section className="hb-similar" aria-labelledby="hb-similar-title" aria-live="polite">
      {topics.length > 0 ? (
        <>
          <h2 id="hb-similar-title" className="hb-similar__title">
            {t('similar.title')}
          </h2>
          <p className="hb-muted">{t('similar.lead')}</p>
          <TopicLines topics={topics} />
        </>
      ) : (
        <span id="hb-similar-title" hidden>
          {t('similar.title')}
        </span>
      )}
    </section>
  );
}

/** At the foot of a topic page: related topics (nothing when there are none). */
export function RelatedTopics({ topicId }: { topicId: number }) {
  const { t } = useTranslation('search');
  const related = useRelatedTopics(topicId);
  if (!related.data?.length) return null;
  return (
    <section className="hb-similar" aria-labelledby="hb-related-title">
      <h2 id="hb-related-title" className="hb-similar__title">
        {t('related.title')}
      </h2>
      <TopicLines topics={related.data} />
    </section>
  );
}
