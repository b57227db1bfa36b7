import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** Previous / next with "page x of y"; real buttons, usable with the keyboard. */
export function Pager({
  page,
  totalPages,
  onPage,
}: {
  page: number;
  totalPages: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation('mentoring');
  if (totalPages <= 1) return null;
  return (
    <nav className="hb-pager" aria-label={t('common.pagination')}>
      <Button
        variant="secondary"
        data-size="sm"
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
      >
        {t('common.previous')}
      </Button>
      <span>{t('common.page', { page: page + 1, total: totalPages })}</span>
      <Button
        variant="secondary"
        data-size="sm"
        disabled={page + 1 >= totalPages}
        onClick={() => onPage(page + 1)}
      >
        {t('common.next')}
      </Button>
    </nav>
  );
}
