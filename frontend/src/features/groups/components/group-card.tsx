import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '@/lib/use-language';
import type { Group } from '../api/types';

/** A group in a list: its name (a link), kind, size and the reader's place in it. */
export function GroupCard({ group }: { group: Group }) {
  const { t } = useTranslation('groups');
  const { language } = useLanguage();
  const name = language === 'en' ? group.nameEn : group.nameNb;
  return (
    <Card data-color="neutral" className="hb-group-card">
      <Heading level={3} data-size="2xs">
        <Link to={`/groups/${group.id}`}>{name}</Link>
      </Heading>
      <Paragraph data-size="sm">
        {t(`kind.${group.kind}`)} · {t('members', { count: group.memberCount })}
      </Paragraph>
      {group.member || group.left || group.following ? (
        <div className="hb-tags">
          {group.member ? <Tag data-color="success">{t('youAreMember')}</Tag> : null}
          {group.left ? <Tag data-color="neutral">{t('youLeft')}</Tag> : null}
          {group.following ? <Tag data-color="info">{t('following')}</Tag> : null}
        </div>
      ) : null}
    </Card>
  );
}
