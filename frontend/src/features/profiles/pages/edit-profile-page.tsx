import { Alert, Heading } from '@digdir/designsystemet-react';
import { Skeleton } from '@/components/ui/skeleton';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '@/components/ui/require-role';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useMyProfile } from '../api/profiles';
import { useTaxonomies } from '../api/taxonomies';
import { ProfileForm } from '../components/edit-profile/profile-form';
import '../components/profiles.css';

export function EditProfilePage() {
  return (
    <RequireRole roles={['ADVISOR']}>
      <EditProfile />
    </RequireRole>
  );
}

function EditProfile() {
  const { t } = useTranslation('profiles');
  useDocumentTitle(t('edit.title'));
  const profile = useMyProfile();
  const taxonomies = useTaxonomies();
  if (profile.isPending || taxonomies.isPending) {
    return (
      <article className="hb-stack">
        <Heading level={1} data-size="lg">
          {t('edit.title')}
        </Heading>
        <Skeleton variant="rectangle" height="20rem" />
      </article>
    );
  }
  if (profile.isError || taxonomies.isError) {
    return (
      <article className="hb-stack">
        <Heading level={1} data-size="lg">
          {t('edit.title')}
        </Heading>
        <Alert data-color="danger" role="alert">
          {t('errors.network')}
        </Alert>
      </article>
    );
  }
  return <ProfileForm profile={profile.data} />;
}
