import { Button, Input, Label } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/**
 * The directory's name search: submits the trimmed text, or nothing to show everyone. Plain
 * elements with Designsystemet's field and search classes, not its `Field` and `Search`: those are
 * web components, whose code (~28 KB gzip, with an observer of the whole document) the page need
 * not load for this (ADR 0022; the signed-in account menu still loads it). The label is tied by id,
 * and the clear button is shown while there is text, as the web component did.
 */
export function MentorSearch({
  q,
  onSearch,
}: {
  q: string | undefined;
  onSearch: (q: string | null) => void;
}) {
  const { t } = useTranslation('mentoring');
  const id = useId();
  const { control, register, handleSubmit, setValue, setFocus } = useForm<{ q: string }>({
    defaultValues: { q: q ?? '' },
  });
  const text = useWatch({ control, name: 'q' });
  return (
    <form
      role="search"
      className="hb-search-form"
      onSubmit={(e) => void handleSubmit((v) => onSearch(v.q.trim() || null))(e)}
    >
      <div className="ds-field">
        <Label htmlFor={id}>{t('filters.search')}</Label>
        <div className="ds-search">
          <Input id={id} type="search" {...register('q')} />
          <button
            type="reset"
            hidden={!text}
            aria-label={t('filters.searchClear')}
            onClick={(e) => {
              e.preventDefault();
              setValue('q', '');
              setFocus('q');
              onSearch(null);
            }}
          />
          <Button type="submit">{t('filters.searchButton')}</Button>
        </div>
      </div>
    </form>
  );
}
