import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MentorSummary } from '../api/types';

/** Free places, full, or paused, as a small coloured tag. */
export function PlacesTag({ mentor }: { mentor: MentorSummary }) {
  const { t } = useTranslation('mentoring');
  if (mentor.paused) return <Tag data-color="neutral">{t('places.paused')}</Tag>;
  if (mentor.freePlaces === 0) return <Tag data-color="warning">{t('places.full')}</Tag>;
  return <Tag data-color="success">{t('places.free', { count: mentor.freePlaces })}</Tag>;
}
