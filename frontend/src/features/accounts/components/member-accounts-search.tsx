import { Button, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';

const schema = z.object({ q: z.string().trim() });
type Values = z.infer<typeof schema>;

/**
 * The coordinator's account search: the words go into the page URL (`?q=`), so a search is a link
 * and back/forward work; the field follows the URL's words (the form's `values`).
 */
export function MemberAccountsSearch({
  q,
  onSearch,
}: {
  q: string;
  onSearch: (params: Record<string, string>) => void;
}) {
  const { t } = useTranslation('accounts');
  const { register, handleSubmit } = useForm<Values>({
    resolver: zodResolver(schema),
    values: { q },
  });
  return (
    <form
      role="search"
      className="hb-auth-form"
      onSubmit={(e) => void handleSubmit((v) => onSearch(v.q ? { q: v.q } : {}))(e)}
    >
      <Textfield label={t('memberAccounts.search')} type="search" {...register('q')} />
      <div>
        <Button type="submit">{t('memberAccounts.searchButton')}</Button>
      </div>
    </form>
  );
}
