import '../moderation.css';
import {
  Alert,
  Button,
  Card,
  Details,
  Heading,
  Paragraph,
  Skeleton,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CoordinatorNav } from '@/components/ui/coordinator-nav';
import { ApiError } from '@/lib/api-client';
import { formatDateTime, formatWhen } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import { useDecision, useQueue, type QueueItem } from '../api/moderation';

/** Coordinators' review queue: posts with open flags, oldest first, and the decisions on them. */
export function QueuePage() {
  const { t } = useTranslation('moderation');
  useDocumentTitle(t('queue.title'));
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const queue = useQueue(page);
  const data = queue.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.size)) : 1;
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
      <Heading level={1} data-size="lg">
        {t('queue.title')}
      </Heading>
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

interface Notice {
  ok: boolean;
  text: string;
  /** Tells two equal notices apart, so that a second decision moves the focus too. */
  at: number;
}

function QueueCard({ item, onDone }: { item: QueueItem; onDone: (n: Omit<Notice, 'at'>) => void }) {
  const { t } = useTranslation('moderation');
  const { t: tf } = useTranslation('forum');
  const { language } = useLanguage();
  const decision = useDecision();
  const [reason, setReason] = useState('');
  const headingId = `q-${item.postId}`;
  const labels = { n: item.postNumber, topic: item.topicTitle };

  const decide = (kind: 'restore' | 'hide') => {
    if (decision.isPending) return;
    decision.mutate(
      { postId: item.postId, decision: kind, reason },
      {
        onSuccess: () =>
          onDone({ ok: true, text: kind === 'hide' ? t('queue.hiddenDone') : t('queue.kept') }),
        onError: (e) =>
          onDone({
            ok: false,
            text:
              e instanceof ApiError && e.problem.code === 'not-in-queue'
                ? t('queue.notInQueue')
                : t('queue.failed'),
          }),
      },
    );
  };

  return (
    <Card data-color="neutral" aria-labelledby={headingId}>
      <div className="hb-mod-item">
        <Heading level={2} data-size="2xs" id={headingId}>
          <Link to={`/forum/t/${item.topicId}?post=${item.postNumber}`} className="ds-link">
            {t('queue.post', labels)}
          </Link>
        </Heading>
        <Paragraph data-size="sm" className="hb-mod-muted">
          {t('queue.by', {
            name: item.authorName ?? t('queue.unknownAuthor'),
            when: formatWhen(item.postedAt, language),
          })}{' '}
          · {t('queue.openSince', { when: formatDateTime(item.openSince, language) })}
        </Paragraph>
        <div className="hb-mod-tags">
          {item.deleted ? (
            <Tag data-color="neutral">{t('queue.deleted')}</Tag>
          ) : item.hidden ? (
            <Tag data-color="warning">
              {item.autoHidden ? t('queue.autoHidden') : t('queue.hidden')}
            </Tag>
          ) : (
            <Tag data-color="success">{t('queue.visible')}</Tag>
          )}
          {item.topicLocked ? <Tag data-color="neutral">{t('queue.locked')}</Tag> : null}
          {item.topicClosed ? <Tag data-color="neutral">{t('queue.closed')}</Tag> : null}
          {item.reasons.map((r) => (
            <Tag key={r.reason} data-color="info">
              {t('queue.reasonCount', { reason: tf(`flag.reasons.${r.reason}`), count: r.count })}
            </Tag>
          ))}
        </div>
        <blockquote className="hb-mod-excerpt" aria-label={t('queue.excerptLabel')}>
          {item.excerpt}
        </blockquote>
        <Details>
          <Details.Summary>
            {t('queue.flags', { count: item.flagCount, trusted: item.trustedFlagCount })}
          </Details.Summary>
          <Details.Content>
            <ul>
              {item.flags.map((f, i) => (
                <li key={i}>
                  {t('queue.flagger', {
                    name: f.flaggerName ?? t('queue.formerMember'),
                    reason: tf(`flag.reasons.${f.reason}`),
                  })}
                  {f.trusted ? ` (${t('queue.trusted')})` : ''} ·{' '}
                  <time dateTime={f.createdAt}>{formatWhen(f.createdAt, language)}</time>
                  {f.note ? <span className="hb-mod-note">: «{f.note}»</span> : null}
                </li>
              ))}
            </ul>
          </Details.Content>
        </Details>
        <Textfield
          label={t('queue.reason')}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
        />
        <div className="hb-mod-actions">
          <Button
            data-size="sm"
            aria-label={t('queue.keepLabel', labels)}
            aria-disabled={decision.isPending || undefined}
            onClick={() => decide('restore')}
          >
            {t('queue.keep')}
          </Button>
          <Button
            data-size="sm"
            variant="secondary"
            data-color="danger"
            aria-label={t('queue.hideLabel', labels)}
            aria-disabled={decision.isPending || undefined}
            onClick={() => decide('hide')}
          >
            {t('queue.hide')}
          </Button>
          <Link to={`/forum/t/${item.topicId}?post=${item.postNumber}`} className="ds-link">
            {t('queue.topicActions')}
          </Link>
        </div>
      </div>
    </Card>
  );
}
