import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <article className="hb-stack">
      <PageTitle>{t('notFound.title')}</PageTitle>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <Paragraph>
        <Link to="/" className="ds-link">
          {t('notFound.home')}
        </Link>
      </Paragraph>
    </article>
  );
}
