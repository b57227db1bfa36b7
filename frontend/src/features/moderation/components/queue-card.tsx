import {
  Button,
  Card,
  Details,
  Heading,
  Paragraph,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from '@/lib/forms/zod';
import { PatientDataNotice } from '@/components/ui/patient-data-explanation';
import { ApiError } from '@/lib/api-client';
import { formatDateTime, formatWhen } from '@/lib/format';
import { useDialogForm } from '@/lib/forms/use-dialog-form';
import { useLanguage } from '@/lib/use-language';
import { useDecision, type QueueItem } from '../api/moderation';

const schema = z.object({ reason: z.string().max(500, 'tooLong') });

export interface Notice {
  ok: boolean;
  text: string;
  /** Tells two equal notices apart, so that a second decision moves the focus too. */
  at: number;
}

/** One post in the review queue: the post, its flags and the two decisions. */
export function QueueCard({
  item,
  onDone,
}: {
  item: QueueItem;
  onDone: (n: Omit<Notice, 'at'>) => void;
}) {
  const { t } = useTranslation('moderation');
  const { t: tf } = useTranslation('forum');
  const { language } = useLanguage();
  const decision = useDecision();
  const { form } = useDialogForm(schema, { reason: '' });
  const headingId = `q-${item.postId}`;
  const labels = { n: item.postNumber, topic: item.topicTitle };

  const decide = (kind: 'restore' | 'hide') => {
    if (decision.isPending) return;
    void form.handleSubmit(({ reason }) =>
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
      ),
    )();
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
        <Textfield label={t('queue.reason')} maxLength={500} {...form.register('reason')} />
        <PatientDataNotice
          error={decision.error}
          field="reason"
          text={decision.variables?.reason}
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
