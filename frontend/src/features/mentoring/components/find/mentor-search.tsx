import { Button, Input, Label } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The directory's name search: submits the trimmed text, or nothing to show everyone. Plain
 * elements with Designsystemet's field and search classes, not its `Field` and `Search`: those are
 * web components, whose code (~28 KB gzip, with an observer of the whole document) the page need
 * not load for this (ADR 0022; the signed-in account menu still loads it). The label is tied by id,
 * and the clear button is shown while there is text, as the web component did. One field without
 * rules, so plain state, as the header's search (no form library on the page's first load: ~14 KB
 * gzip, and its set-up in the page's first render; ADR 0022).
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
  const [text, setText] = useState(q ?? '');
  const field = useRef<HTMLInputElement>(null);
  return (
    <form
      role="search"
      className="hb-search-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(text.trim() || null);
      }}
    >
      <div className="ds-field">
        <Label htmlFor={id}>{t('filters.search')}</Label>
        <div className="ds-search">
          <Input
            id={id}
            ref={field}
            type="search"
            name="q"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button
            type="reset"
            hidden={!text}
            aria-label={t('filters.searchClear')}
            onClick={(e) => {
              e.preventDefault();
              setText('');
              field.current?.focus();
              onSearch(null);
            }}
          />
          <Button type="submit">{t('filters.searchButton')}</Button>
        </div>
      </div>
    </form>
  );
}
