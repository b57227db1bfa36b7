import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';

/** "n characters left" / "n too many" under a field, in the reader's language and numbers. */
export function CharacterCount({
  id,
  length,
  limit,
}: {
  id: string;
  length: number;
  limit: number;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const left = limit - length;
  const n = formatNumber(Math.abs(left), language);
  return (
    <p
      id={id}
      className={`hb-counter${left < 0 ? ' hb-counter--over' : ''}`}
      data-field="description"
    >
      {left < 0 ? t('counter.over', { count: -left, n }) : t('counter.left', { count: left, n })}
    </p>
  );
}
