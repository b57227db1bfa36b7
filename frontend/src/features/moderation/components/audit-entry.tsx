import { Card } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import type { AuditEntry } from '../api/moderation';

export type ModerationT = ReturnType<typeof useTranslation<'moderation'>>['t'];

/** An action's name in the reader's language (the code itself for one without a text). */
export function actionLabel(t: ModerationT, action: string) {
  return t(`audit.actions.${action}` as 'audit.actions.post.hidden', { defaultValue: action });
}

/** Where the entry's target can be opened, if it has a page. */
export function targetLink(entry: AuditEntry): string | null {
  const d = entry.details ?? {};
  if (entry.targetType === 'post' && typeof d.topicId === 'number') {
    return `/forum/t/${d.topicId}${typeof d.postNumber === 'number' ? `?post=${d.postNumber}` : ''}`;
  }
  if (entry.targetType === 'topic' && entry.targetId != null) return `/forum/t/${entry.targetId}`;
  if (entry.targetType === 'member' && entry.targetId != null) return `/members/${entry.targetId}`;
  return null;
}

/** Names kept in the entry itself, for what the log does not look up (categories, tags, ...). */
export function detailName(entry: AuditEntry): string | null {
  const d = entry.details ?? {};
  const pick = (...keys: string[]) => {
    for (const k of keys) if (typeof d[k] === 'string' && d[k]) return d[k] as string;
    return null;
  };
  switch (entry.targetType) {
    case 'category':
      return pick('slug');
    case 'tag':
      return pick('to', 'name', 'from');
    case 'taxonomy-term':
      return pick('nameNb', 'code');
    case 'email-domain':
      return pick('domain');
    default:
      return null;
  }
}

/** What the entry is about, in one phrase ("post 3 in «title»", "member 7 (Kari)"). */
export function targetText(t: ModerationT, entry: AuditEntry): string {
  const type = t(`audit.types.${entry.targetType}` as 'audit.types.post', {
    defaultValue: entry.targetType,
  });
  const d = entry.details ?? {};
  const name = entry.targetName ?? detailName(entry);
  const id = entry.targetId ?? '';
  if (entry.targetType === 'post' && name) {
    return typeof d.postNumber === 'number'
      ? t('audit.postInTopic', { n: d.postNumber, topic: name })
      : t('audit.postInNamedTopic', { topic: name });
  }
  if (
    entry.targetType === 'post' &&
    typeof d.postNumber === 'number' &&
    typeof d.topicId === 'number'
  ) {
    return t('audit.postIn', { n: d.postNumber, topic: d.topicId, id });
  }
  if (name) return t('audit.namedTarget', { type, id, name });
  if (entry.targetType === 'member' && entry.targetId != null) {
    return t('audit.formerMember', { type, id });
  }
  return t('audit.targetLabel', { type, id });
}

/** One entry of the audit log: when, what, who, about what and why. */
export function AuditEntryCard({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('moderation');
  const { language } = useLanguage();
  const link = targetLink(entry);
  const target = targetText(t, entry);
  // The system's own entries carry their facts in details; say them in the reader's language.
  const trustedFlags = entry.details?.trustedFlags;
  const why =
    entry.action === 'post.auto-hidden' && typeof trustedFlags === 'number'
      ? t('audit.autoHiddenWhy', { count: trustedFlags })
      : entry.reason;
  return (
    <Card data-color="neutral" className="hb-mod-item">
      <dl className="hb-audit-entry">
        <dt>{t('audit.when')}</dt>
        <dd>
          <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, language)}</time>
        </dd>
        <dt>{t('audit.what')}</dt>
        <dd>{actionLabel(t, entry.action)}</dd>
        <dt>{t('audit.who')}</dt>
        <dd>{entry.actorId == null ? t('audit.system') : entry.actorName}</dd>
        <dt>{t('audit.target')}</dt>
        <dd>
          {link ? (
            <Link to={link} className="ds-link">
              {target}
            </Link>
          ) : (
            target
          )}
        </dd>
        {why ? (
          <>
            <dt>{t('audit.why')}</dt>
            <dd>{why}</dd>
          </>
        ) : null}
      </dl>
    </Card>
  );
}
