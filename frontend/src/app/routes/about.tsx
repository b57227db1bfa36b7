import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/ui/page-title';

export function AboutPage() {
  const { t } = useTranslation();
  return (
    <article className="hb-stack">
      <PageTitle>{t('about.title')}</PageTitle>
      <Paragraph>{t('about.body')}</Paragraph>
      <Heading level={2} data-size="sm">
        {t('about.whoTitle')}
      </Heading>
      <Paragraph>{t('about.who')}</Paragraph>
    </article>
  );
}
