import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { languages } from '@/lib/i18n';
import { useLanguage } from '@/lib/use-language';

/** Settings: the language of the app and of the mail the member gets. */
export function LanguageSection() {
  const { t } = useTranslation('accounts');
  const { t: tc } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="xs">
        {t('settings.languageTitle')}
      </Heading>
      <Paragraph>{t('settings.languageLead')}</Paragraph>
      <div className="hb-auth-form__actions">
        {languages.map((l) => (
          <Button
            key={l}
            variant={language === l ? 'primary' : 'secondary'}
            aria-pressed={language === l}
            lang={l}
            onClick={() => void setLanguage(l)}
          >
            {tc(`language.names.${l}`)}
          </Button>
        ))}
      </div>
    </Card>
  );
}
