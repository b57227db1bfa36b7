import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/lib/use-document-title';

export function AboutPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('about.title'));
  return (
    <article className="hb-stack">
      <Heading level={1} data-size="lg">
        {t('about.title')}
      </Heading>
      <Paragraph>{t('about.body')}</Paragraph>
      <Heading level={2} data-size="sm">
        {t('about.whoTitle')}
      </Heading>
      <Paragraph>{t('about.who')}</Paragraph>
    </article>
  );
}
