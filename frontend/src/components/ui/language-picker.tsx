import { Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isLanguage, languages } from '@/lib/i18n';
import { useLanguage } from '@/lib/use-language';

/**
 * The interface language: a plain select in the header, on every page, signed in or not. Each
 * language is named in itself (and marked with its `lang`), so a member who cannot read the
 * current language still finds their own. ADR 0016.
 */
export function LanguagePicker() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Select
      className="hb-language-picker"
      data-size="sm"
      aria-label={t('language.label')}
      value={language}
      onChange={(e) => {
        if (isLanguage(e.target.value)) void setLanguage(e.target.value);
      }}
    >
      {languages.map((l) => (
        <Select.Option key={l} value={l} lang={l}>
          {t(`language.names.${l}`)}
        </Select.Option>
      ))}
    </Select>
  );
}
