import '../forum.css';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { CoordinatorNav } from '@/components/ui/coordinator-nav';
import { useDocumentTitle } from '@/lib/use-document-title';
import { CategoryCuration } from '../components/category-curation';
import { TagCuration } from '../components/tag-curation';

/** Coordinators curate the forum's categories (create, describe, order, archive) and tags. */
export function CurationPage() {
  const { t } = useTranslation('forum');
  useDocumentTitle(t('curation.title'));
  return (
    <div className="hb-stack hb-narrow">
      <CoordinatorNav />
      <Heading level={1} data-size="lg">
        {t('curation.title')}
      </Heading>
      <Paragraph>{t('curation.lead')}</Paragraph>
      <CategoryCuration />
      <TagCuration />
    </div>
  );
}
