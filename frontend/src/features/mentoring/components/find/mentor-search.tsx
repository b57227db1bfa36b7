import { Field, Label, Search } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** The directory's name search: submits the trimmed text, or nothing to show everyone. */
export function MentorSearch({
  q,
  onSearch,
}: {
  q: string | undefined;
  onSearch: (q: string | null) => void;
}) {
  const { t } = useTranslation('mentoring');
  const id = useId();
  const { register, handleSubmit, setValue } = useForm<{ q: string }>({
    defaultValues: { q: q ?? '' },
  });
  return (
    <form
      role="search"
      className="hb-search-form"
      onSubmit={(e) => void handleSubmit((v) => onSearch(v.q.trim() || null))(e)}
    >
      <Field>
        <Label htmlFor={id}>{t('filters.search')}</Label>
        <Search>
          <Search.Input id={id} {...register('q')} />
          <Search.Clear
            aria-label={t('filters.searchClear')}
            onClick={() => {
              setValue('q', '');
              onSearch(null);
            }}
          />
          <Search.Button>{t('filters.searchButton')}</Search.Button>
        </Search>
      </Field>
    </form>
  );
}
