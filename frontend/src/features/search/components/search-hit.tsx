import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatWhen } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import type { SearchHit } from '../api/search';

/**
 * One result: the title and best passage with the matched words marked (the server escapes the
 * text and adds only <mark>), linking to the post the passage is from.
 */
export function SearchHitCard({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation('search');
  const { language } = useLanguage();
  const to =
    hit.postNumber > 1
      ? `/forum/t/${hit.topicId}?post=${hit.postNumber}#p${hit.postNumber}`
      : `/forum/t/${hit.topicId}`;
  return (
    <article className="hb-search-hit">
      <h2 className="hb-search-hit__title">
        <Link to={to} className="ds-link" dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
      </h2>
      <p className="hb-search-hit__meta">
        <span>{t(`kind.${hit.kind}`)}</span>
        {hit.solved ? <span className="hb-search-badge">{t('hit.solved')}</span> : null}
        {hit.postNumber > 1 ? <span>{t('hit.inReply', { n: hit.postNumber })}</span> : null}
        {hit.authorName ? <span>{t('hit.by', { name: hit.authorName })}</span> : null}
        <span>{formatWhen(hit.lastActivityAt, language)}</span>
      </p>
      {hit.snippetHtml ? (
        <p
          className="hb-search-hit__snippet"
          dangerouslySetInnerHTML={{ __html: hit.snippetHtml }}
        />
      ) : null}
    </article>
  );
}
