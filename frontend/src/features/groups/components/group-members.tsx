import { Card, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager, pageCount } from '@/components/ui/pager';
import { Link } from 'react-router';
import { useLanguage } from '@/lib/use-language';
import { useGroupMembers } from '../api/groups';
import { QueryState } from '@/components/ui/query-state';
import { HeadedSection } from '@/components/ui/section';

/** The group's members as the directory shows them, a page at a time. */
export function GroupMembers({ groupId }: { groupId: number }) {
  const { t } = useTranslation('groups');
  const { language } = useLanguage();
  const [page, setPage] = useState(0);
  const members = useGroupMembers(groupId, page);
  return (
    <HeadedSection id="hb-group-members" title={t('membersTitle')} size="sm">
      <QueryState query={members} ns="groups" rows={2} height="4rem">
        {(data) => (
          <>
            <ul className="hb-member-cards">
              {data.items.map((m) => (
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
            <Pager
              page={page}
              totalPages={pageCount(data.total, data.size)}
              size="sm"
              onPage={setPage}
            />
          </>
        )}
      </QueryState>
    </HeadedSection>
  );
}
