import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { useAuditActions, type AuditQuery } from '../api/moderation';
import { actionLabel } from './audit-entry';

export const filterNames = ['action', 'actor', 'targetType', 'targetId', 'from', 'to'] as const;
type FilterName = (typeof filterNames)[number];
type Filters = Record<FilterName, string>;

const schema = z.object(
  Object.fromEntries(filterNames.map((n) => [n, z.string().trim()])) as Record<
    FilterName,
    z.ZodString
  >,
);

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

/** The filters in force, read from the page URL (empty ones left out). */
export function queryOf(params: URLSearchParams): AuditQuery {
  const query: AuditQuery = {};
  for (const name of filterNames) {
    const v = params.get(name);
    if (v) query[name] = v;
  }
  return query;
}

/** The URL of the filters a member applied (trimmed, empty ones left out, back to page one). */
export function paramsOf(values: Partial<Filters>): URLSearchParams {
  const next = new URLSearchParams();
  for (const name of filterNames) {
    const v = (values[name] ?? '').trim();
    if (v) next.set(name, v);
  }
  return next;
}

/**
 * The audit log's filter form. Give it a `key` of the URL's filters, so Reset and back/forward
 * show the filters in force.
 */
export function AuditFilters({
  query,
  onApply,
  onReset,
}: {
  query: AuditQuery;
  onApply: (params: URLSearchParams) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation('moderation');
  const actions = useAuditActions();
  const { register, handleSubmit } = useForm<Filters>({
    resolver: zodResolver(schema),
    defaultValues: Object.fromEntries(filterNames.map((n) => [n, query[n] ?? ''])) as Filters,
  });
  return (
    <form
      onSubmit={(e) => void handleSubmit((values) => onApply(paramsOf(values)))(e)}
      aria-label={t('audit.filters')}
      className="hb-stack"
      noValidate
    >
      <div className="hb-mod-filters">
        <Field>
          <Label>{t('audit.action')}</Label>
          <Select {...register('action')}>
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
          {...register('actor')}
        />
        <Field>
          <Label>{t('audit.targetType')}</Label>
          <Select {...register('targetType')}>
            <Select.Option value="">{t('audit.anyTarget')}</Select.Option>
            {targetTypes.map((type) => (
              <Select.Option key={type} value={type}>
                {t(`audit.types.${type}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield label={t('audit.targetId')} inputMode="numeric" {...register('targetId')} />
        <Textfield label={t('audit.from')} type="date" {...register('from')} />
        <Textfield label={t('audit.to')} type="date" {...register('to')} />
      </div>
      <div className="hb-mod-actions">
        <Button type="submit" data-size="sm">
          {t('audit.apply')}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={onReset}>
          {t('audit.reset')}
        </Button>
      </div>
    </form>
  );
}
