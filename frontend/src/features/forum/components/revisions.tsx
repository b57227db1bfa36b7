import { Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { useRevisions } from '../api/topics';

/**
 * The full edit history of a post, open to everyone; loaded when opened. The browser's own
 * <details> with Designsystemet's classes (the markup its React Details renders): that component
 * would bring Designsystemet's web-component code (~28 KB gzip) into the topic page's first load.
 */
export function Revisions({ postId }: { postId: number }) {
  const { t } = useTranslation('forum');
  const { language } = useLanguage();
  const [open, setOpen] = useState(false);
  const revisions = useRevisions(postId, open);
  return (
    <details className="ds-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('history.title')}</summary>
      <div>
        {revisions.isLoading ? (
          <Paragraph data-size="sm">{t('history.loading')}</Paragraph>
        ) : (
          <ol className="hb-revisions">
            {(revisions.data ?? []).map((r) => (
              <li key={r.version}>
                <Paragraph data-size="sm">
                  <strong>{t('history.version', { n: r.version })}</strong>{' '}
                  {t('history.by', {
                    who: r.editor?.displayName ?? t('post.unknownAuthor'),
                    when: formatDateTime(r.createdAt, language),
                  })}
                  {r.current ? ` (${t('history.current')})` : ''}
                </Paragraph>
                {r.title ? <Paragraph data-size="sm">{r.title}</Paragraph> : null}
                <pre className="hb-revision__text">{r.body}</pre>
              </li>
            ))}
          </ol>
        )}
      </div>
    </details>
  );
}
