import { Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/lib/use-document-title';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  return (
    <article className="hb-stack">
      <Heading level={1} data-size="lg">
        {t('home.title')}
      </Heading>
      <Paragraph data-size="lg">{t('home.lead')}</Paragraph>
      <List.Unordered>
        <List.Item>{t('home.pointAsk')}</List.Item>
        <List.Item>{t('home.pointMentor')}</List.Item>
        <List.Item>{t('home.pointShare')}</List.Item>
      </List.Unordered>
      <Paragraph>{t('home.membersOnly')}</Paragraph>
    </article>
  );
}
