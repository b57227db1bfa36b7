import '../moderation.css';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { Skeleton } from '@/components/ui/skeleton';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CoordinatorNav } from '@/components/ui/coordinator-nav';
import { useQueue } from '../api/moderation';
import { QueueCard, type Notice } from '../components/queue-card';
import { PageTitle } from '@/components/ui/page-title';
import { pageCount } from '@/components/ui/pager';

/** Coordinators' review queue: posts with open flags, oldest first, and the decisions on them. */
export function QueuePage() {
  const { t } = useTranslation('moderation');
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const queue = useQueue(page);
  const data = queue.data;
  const pages = data ? pageCount(data.total, data.size) : 1;
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // A decision removes its card, and the focus with it: it goes to the result instead. (A refusal
  // keeps the card and the focus on its button, unless the post has left the queue.)
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (notice && (notice.ok || lost)) noticeRef.current?.focus();
  }, [notice]);

  return (
    <div className="hb-stack">
      <CoordinatorNav />
      <PageTitle>{t('queue.title')}</PageTitle>
      <Paragraph>{t('queue.lead')}</Paragraph>
      {data ? (
        <Paragraph data-size="sm" className="hb-mod-muted">
          {t('queue.count', { count: data.total })} ·{' '}
          {t('queue.threshold', { n: data.hideThreshold })}
        </Paragraph>
      ) : null}
      {/* Always there, so that screen readers announce what is put in it. */}
      <div ref={noticeRef} tabIndex={-1} role="status" className="hb-mod-notice">
        {notice ? (
          <Alert data-color={notice.ok ? 'success' : 'danger'} data-size="sm">
            {notice.text}
          </Alert>
        ) : null}
      </div>
      {queue.isError ? (
        <Alert data-color="danger" role="alert">
          {t('queue.loadFailed')}
        </Alert>
      ) : !data ? (
        <Skeleton variant="rectangle" height="10rem" />
      ) : data.items.length === 0 ? (
        <Paragraph>{t('queue.empty')}</Paragraph>
      ) : (
        <ol className="hb-mod-list" aria-label={t('queue.title')}>
          {data.items.map((item) => (
            <li key={item.postId}>
              <QueueCard item={item} onDone={(n) => setNotice({ ...n, at: Date.now() })} />
            </li>
          ))}
        </ol>
      )}
      {data && pages > 1 ? (
        <div className="hb-mod-actions">
          <Button
            variant="secondary"
            data-size="sm"
            disabled={page === 0}
            onClick={() => setParams({ page: String(page - 1) })}
          >
            {t('queue.previous')}
          </Button>
          <Button
            variant="secondary"
            data-size="sm"
            disabled={page + 1 >= pages}
            onClick={() => setParams({ page: String(page + 1) })}
          >
            {t('queue.next')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
