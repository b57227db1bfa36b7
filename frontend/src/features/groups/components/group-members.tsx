import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '@/components/ui/pager';
import { Link } from 'react-router';
import { useLanguage } from '@/lib/use-language';
import { useGroupMembers } from '../api/groups';
import { ListSkeleton, LoadError } from '@/components/ui/load-state';

/** The group's members as the directory shows them, a page at a time. */
export function GroupMembers({ groupId }: { groupId: number }) {
  const { t } = useTranslation('groups');
  const { language } = useLanguage();
  const [page, setPage] = useState(0);
  const members = useGroupMembers(groupId, page);
  const pages = members.data ? Math.max(1, Math.ceil(members.data.total / members.data.size)) : 1;
  return (
    <section className="hb-stack" aria-labelledby="hb-group-members">
      <Heading level={2} data-size="sm" id="hb-group-members">
        {t('membersTitle')}
      </Heading>
      {members.isLoading ? <ListSkeleton height="4rem" rows={2} /> : null}
      {members.isError ? (
        <LoadError ns="groups" error={members.error} retry={() => void members.refetch()} />
      ) : null}
      {members.data ? (
        <ul className="hb-member-cards">
          {members.data.items.map((m) => (
            <li key={m.id}>
              <Card data-color="neutral">
                <Link to={`/members/${m.id}`}>{m.displayName}</Link>
                <Paragraph data-size="sm">
                  {[
                    m.title,
                    m.organisation,
                    language === 'en' ? m.region?.nameEn : m.region?.nameNb,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Paragraph>
              </Card>
            </li>
          ))}
        </ul>
      ) : null}
      {pages > 1 ? (
        <Pager
          page={page}
          totalPages={pages}
          size="sm"
          onPage={setPage}
          texts={{
            label: t('pager.label'),
            previous: t('pager.previous'),
            next: t('pager.next'),
            status: (n, total) => t('pager.page', { page: n, total }),
          }}
        />
      ) : null}
    </section>
  );
}
