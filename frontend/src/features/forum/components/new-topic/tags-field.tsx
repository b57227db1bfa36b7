import { Button, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useTagSuggestions } from '../../api/writing';

/** Comma-separated tags, with the known tags that start like the one being typed. */
export function TagsField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (v: string) => void;
  error: string | null;
}) {
  const { t } = useTranslation('forum');
  const current = value.split(',').pop()?.trim() ?? '';
  const suggestions = useTagSuggestions(current);
  const pick = (name: string) => {
    const parts = value.split(',').map((x) => x.trim());
    parts[parts.length - 1] = name;
    onChange(`${parts.filter(Boolean).join(', ')}, `);
  };
  const list = (suggestions.data ?? []).filter(
    (s) => s.name.toLowerCase() !== current.toLowerCase(),
  );
  return (
    <div className="hb-stack hb-tight">
      <Textfield
        label={t('form.tags')}
        description={t('form.tagsHelp')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        autoComplete="off"
      />
      {current && list.length ? (
        <div aria-live="polite">
          <span className="hb-muted">{t('form.tagSuggestions')}</span>{' '}
          <ul className="hb-tag-list">
            {list.map((s) => (
              <li key={s.id}>
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => pick(s.name)}
                >
                  #{s.name}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
