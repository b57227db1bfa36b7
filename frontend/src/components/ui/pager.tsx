import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** Texts a page can give the pager instead of the common ones ("Forrige side" and so on). */
export interface PagerTexts {
  label?: string;
  previous?: string;
  next?: string;
  /** "Page x of y" for this page. */
  status?: (page: number, pages: number) => string;
}

/** How many pages `total` items make at `size` a page (at least one, for an empty list). */
export function pageCount(total: number, size: number) {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * Previous / next with "page x of y" between them: real buttons, usable with the keyboard. Pages
 * are counted from 0; nothing is shown when there is only one.
 */
export function Pager({
  page,
  totalPages,
  onPage,
  size,
  texts = {},
}: {
  page: number;
  totalPages: number;
  onPage: (page: number) => void;
  size?: 'sm' | 'md';
  texts?: PagerTexts;
}) {
  const { t } = useTranslation();
  if (totalPages <= 1) return null;
  return (
    <nav className="hb-pager" aria-label={texts.label ?? t('pager.label')}>
      <Button
        variant="secondary"
        data-size={size}
        disabled={page <= 0}
        onClick={() => onPage(page - 1)}
      >
        {texts.previous ?? t('pager.previous')}
      </Button>
      <span>
        {texts.status
          ? texts.status(page + 1, totalPages)
          : t('pager.pageOf', { page: page + 1, pages: totalPages })}
      </span>
      <Button
        variant="secondary"
        data-size={size}
        disabled={page + 1 >= totalPages}
        onClick={() => onPage(page + 1)}
      >
        {texts.next ?? t('pager.next')}
      </Button>
    </nav>
  );
}
