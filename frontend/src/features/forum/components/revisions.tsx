import { Details, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { useRevisions } from '../api/topics';

/** The full edit history of a post, open to everyone; loaded when opened. */
export function Revisions({ postId }: { postId: number }) {
  const { t } = useTranslation('forum');
  const { language } = useLanguage();
  const [open, setOpen] = useState(false);
  const revisions = useRevisions(postId, open);
  return (
    <Details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <Details.Summary>{t('history.title')}</Details.Summary>
      <Details.Content>
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
      </Details.Content>
    </Details>
  );
}
