import '../moderation.css';
import {
  Alert,
  Button,
  Card,
  Field,
  Label,
  Heading,
  Paragraph,
  Select,
  Skeleton,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CoordinatorNav } from '@/components/ui/coordinator-nav';
import { ApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import { useAuditActions, useAuditLog, type AuditEntry, type AuditQuery } from '../api/moderation';

const filterNames = ['action', 'actor', 'targetType', 'targetId', 'from', 'to'] as const;
const targetTypes = [
  'post',
  'topic',
  'member',
  'category',
  'tag',
  'taxonomy-term',
  'email-domain',
  'cohort-proposal',
  'matching',
] as const;

/** Coordinators read and filter the append-only audit log, newest first. */
export function AuditPage() {
  const { t } = useTranslation('moderation');
  useDocumentTitle(t('audit.title'));
  const [params, setParams] = useSearchParams();
  const query: AuditQuery = {};
  for (const name of filterNames) {
    const v = params.get(name);
    if (v) query[name] = v;
  }
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const log = useAuditLog({ ...query, page });
  const actions = useAuditActions();
  // The form is keyed by the URL, so Reset and back/forward show the filters in force.
  const formKey = params.toString();

  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const next = new URLSearchParams();
    for (const name of filterNames) {
      const v = String(data.get(name) ?? '').trim();
      if (v) next.set(name, v);
    }
    setParams(next);
  };

  const goTo = (p: number) => {
    const next = new URLSearchParams(params);
    if (p > 0) next.set('page', String(p));
    else next.delete('page');
    setParams(next);
  };

  const badField = log.error instanceof ApiError ? (log.error.fieldErrors[0]?.field ?? null) : null;

  return (
    <div className="hb-stack">
      <CoordinatorNav />
      <Heading level={1} data-size="lg">
        {t('audit.title')}
      </Heading>
      <Paragraph>{t('audit.lead')}</Paragraph>
      <form key={formKey} onSubmit={apply} aria-label={t('audit.filters')} className="hb-stack">
        <div className="hb-mod-filters">
          <Field>
            <Label>{t('audit.action')}</Label>
            <Select name="action" defaultValue={query.action ?? ''}>
              <Select.Option value="">{t('audit.anyAction')}</Select.Option>
              {(actions.data ?? []).map((a) => (
                <Select.Option key={a} value={a}>
                  {actionLabel(t, a)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            label={t('audit.actor')}
            description={t('audit.actorHint')}
            name="actor"
            defaultValue={query.actor ?? ''}
          />
          <Field>
            <Label>{t('audit.targetType')}</Label>
            <Select name="targetType" defaultValue={query.targetType ?? ''}>
              <Select.Option value="">{t('audit.anyTarget')}</Select.Option>
              {targetTypes.map((type) => (
                <Select.Option key={type} value={type}>
                  {t(`audit.types.${type}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            label={t('audit.targetId')}
            name="targetId"
            inputMode="numeric"
            defaultValue={query.targetId ?? ''}
          />
          <Textfield
            label={t('audit.from')}
            name="from"
            type="date"
            defaultValue={query.from ?? ''}
          />
          <Textfield label={t('audit.to')} name="to" type="date" defaultValue={query.to ?? ''} />
        </div>
        <div className="hb-mod-actions">
          <Button type="submit" data-size="sm">
            {t('audit.apply')}
          </Button>
          <Button type="button" variant="secondary" data-size="sm" onClick={() => setParams({})}>
            {t('audit.reset')}
          </Button>
        </div>
      </form>
      {log.isError ? (
        <Alert data-color="danger" role="alert">
          {badField
            ? t('audit.badFilter', { field: fieldLabel(t, badField) })
            : t('audit.loadFailed')}
        </Alert>
      ) : !log.data ? (
        <Skeleton variant="rectangle" height="10rem" />
      ) : log.data.items.length === 0 ? (
        <Paragraph>{t('audit.empty')}</Paragraph>
      ) : (
        <ol className="hb-mod-list" aria-label={t('audit.title')}>
          {log.data.items.map((entry) => (
            <li key={entry.id}>
              <Entry entry={entry} />
            </li>
          ))}
        </ol>
      )}
      {log.data && (page > 0 || log.data.hasMore) ? (
        <div className="hb-mod-actions">
          <Button
            variant="secondary"
            data-size="sm"
            disabled={page === 0}
            onClick={() => goTo(page - 1)}
          >
            {t('audit.previous')}
          </Button>
          <span className="hb-mod-muted">{t('audit.page', { n: page + 1 })}</span>
          <Button
            variant="secondary"
            data-size="sm"
            disabled={!log.data.hasMore}
            onClick={() => goTo(page + 1)}
          >
            {t('audit.next')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

type T = ReturnType<typeof useTranslation<'moderation'>>['t'];

function actionLabel(t: T, action: string) {
  return t(`audit.actions.${action}` as 'audit.actions.post.hidden', { defaultValue: action });
}

function fieldLabel(t: T, field: string) {
  return t(`audit.${field}` as 'audit.from', { defaultValue: field });
}

function targetLink(entry: AuditEntry): string | null {
  const d = entry.details ?? {};
  if (entry.targetType === 'post' && typeof d.topicId === 'number') {
    return `/forum/t/${d.topicId}${typeof d.postNumber === 'number' ? `?post=${d.postNumber}` : ''}`;
  }
  if (entry.targetType === 'topic' && entry.targetId != null) return `/forum/t/${entry.targetId}`;
  if (entry.targetType === 'member' && entry.targetId != null) return `/members/${entry.targetId}`;
  return null;
}

/** Names kept in the entry itself, for what the log does not look up (categories, tags, ...). */
function detailName(entry: AuditEntry): string | null {
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

function Entry({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('moderation');
  const { language } = useLanguage();
  const link = targetLink(entry);
  const type = t(`audit.types.${entry.targetType}` as 'audit.types.post', {
    defaultValue: entry.targetType,
  });
  const d = entry.details ?? {};
  const name = entry.targetName ?? detailName(entry);
  const id = entry.targetId ?? '';
  const target =
    entry.targetType === 'post' && name
      ? typeof d.postNumber === 'number'
        ? t('audit.postInTopic', { n: d.postNumber, topic: name })
        : t('audit.postInNamedTopic', { topic: name })
      : entry.targetType === 'post' &&
          typeof d.postNumber === 'number' &&
          typeof d.topicId === 'number'
        ? t('audit.postIn', { n: d.postNumber, topic: d.topicId, id })
        : name
          ? t('audit.namedTarget', { type, id, name })
          : entry.targetType === 'member' && entry.targetId != null
            ? t('audit.formerMember', { type, id })
            : t('audit.targetLabel', { type, id });
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
