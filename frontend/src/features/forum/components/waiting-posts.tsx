import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { removeItem, useOutbox, type OutboxItem } from '../lib/outbox';

interface Props {
  /** The form's draft key: the posts written in this form. */
  draftKey: string;
  /** Gives a cancelled or refused item's text back to the form. False: the form cannot take it now. */
  onReturn: (item: OutboxItem, refused: boolean) => boolean;
}

function preview(item: OutboxItem) {
  const body = item.body as { body?: string; title?: string };
  return (item.kind === 'topic' ? body.title : body.body) ?? '';
}

/**
 * The posts of one form that wait for the connection, shown in place (ADR 0025): "waiting" with a
 * cancel button, then "sent" with a link. A refused post goes back to the form, which shows the
 * server's reason.
 */
export function WaitingPosts({ draftKey, onReturn }: Props) {
  const { t } = useTranslation('forum');
  const { language } = useLanguage();
  const items = useOutbox().filter((i) => i.draftKey === draftKey);
  // A cancel the form could not take (it has text of its own): said next to that post.
  const [notTaken, setNotTaken] = useState<string | null>(null);
  const give = useRef(onReturn);
  useEffect(() => {
    give.current = onReturn;
  });
  const refused = items.find((i) => i.state === 'refused');
  useEffect(() => {
    if (refused && give.current(refused, true)) removeItem(refused.key);
  }, [refused]);

  const shown = items.filter((i) => i.state !== 'refused');
  if (!shown.length) return null;
  return (
    <ul className="hb-waiting-posts" aria-label={t('outbox.title')}>
      {shown.map((item) => (
        <li key={item.key} className="hb-card hb-stack" data-state={item.state}>
          <Paragraph data-size="sm" className="hb-waiting-posts__state">
            {item.state === 'waiting'
              ? t('outbox.waiting')
              : t(item.kind === 'topic' ? 'outbox.sentTopic' : 'outbox.sentReply')}
          </Paragraph>
          <Paragraph data-size="sm" className="hb-waiting-posts__text hb-break">
            {preview(item)}
          </Paragraph>
          <Paragraph data-size="xs" className="hb-muted">
            {t('outbox.writtenAt', { when: formatDateTime(item.createdAt, language) })}
          </Paragraph>
          <Paragraph data-size="sm" role="status">
            {item.state === 'waiting' && notTaken === item.key ? t('outbox.formNotEmpty') : null}
          </Paragraph>
          <div className="hb-actions">
            {item.state === 'waiting' ? (
              <Button
                variant="secondary"
                data-size="sm"
                type="button"
                onClick={() => {
                  if (onReturn(item, false)) {
                    removeItem(item.key);
                    setNotTaken(null);
                  } else {
                    setNotTaken(item.key);
                  }
                }}
              >
                {t('outbox.cancel')}
              </Button>
            ) : (
              <>
                {item.created ? (
                  <Link
                    to={`/forum/t/${item.created.topicId}${item.kind === 'reply' ? `?post=${item.created.postNumber}` : ''}`}
                    className="ds-link"
                  >
                    {t('outbox.open')}
                  </Link>
                ) : null}
                <Button
                  variant="tertiary"
                  data-size="sm"
                  type="button"
                  onClick={() => removeItem(item.key)}
                >
                  {t('outbox.dismiss')}
                </Button>
              </>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
