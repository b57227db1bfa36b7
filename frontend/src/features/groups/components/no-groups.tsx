import { Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A member in no group: what puts them in one, and the link to the profile that does it. */
export function NoGroups() {
  const { t } = useTranslation('groups');
  return (
    <Paragraph>
      {t('noGroups')}{' '}
      <DsLink asChild>
        <Link to="/profile/edit">{t('editProfile')}</Link>
      </DsLink>
    </Paragraph>
  );
}
