import { Alert } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';

/** Over a topic read from the copy kept in this browser (offline, ADR 0025). */
export function KeptCopyNote({ savedAt }: { savedAt: string }) {
  const { t } = useTranslation('forum');
  const { language } = useLanguage();
  return (
    <Alert data-color="info" data-size="sm" className="hb-kept-copy">
      {t('kept.note', { when: formatDateTime(savedAt, language) })}
    </Alert>
  );
}
