import '../forum.css';
import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { CoordinatorNav } from '@/components/ui/coordinator-nav';
import { CategoryCuration } from '../components/category-curation';
import { TagCuration } from '../components/tag-curation';
import { PageTitle } from '@/components/ui/page-title';

/** Coordinators curate the forum's categories (create, describe, order, archive) and tags. */
export function CurationPage() {
  const { t } = useTranslation('forum');
  return (
    <div className="hb-stack hb-narrow">
      <CoordinatorNav />
      <PageTitle>{t('curation.title')}</PageTitle>
      <Paragraph>{t('curation.lead')}</Paragraph>
      <CategoryCuration />
      <TagCuration />
    </div>
  );
}
