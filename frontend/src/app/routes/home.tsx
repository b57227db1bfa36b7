import { Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { Skeleton } from '@/components/ui/skeleton';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';

// The signed-in front page pulls in the forum's lists: loaded only for members.
const Dashboard = lazy(() => import('./dashboard').then((m) => ({ default: m.Dashboard })));

export function HomePage() {
  const { t } = useTranslation();
  const { member, status } = useSession();
  const active = member?.status === 'ACTIVE';
  useDocumentTitle(active ? t('dashboard.documentTitle') : t('home.title'));
  if (active) {
    return (
      <Suspense fallback={<Skeleton variant="rectangle" height="12rem" />}>
        <Dashboard member={member} />
      </Suspense>
    );
  }
  return (
    <article className="hb-stack">
      <Heading level={1} data-size="lg">
        {t('home.title')}
      </Heading>
      <Paragraph data-size="lg">{t('home.lead')}</Paragraph>
      <List.Unordered>
        <List.Item>{t('home.pointAsk')}</List.Item>
        <List.Item>{t('home.pointMentor')}</List.Item>
        <List.Item>{t('home.pointShare')}</List.Item>
      </List.Unordered>
      <Paragraph>{t('home.membersOnly')}</Paragraph>
      {status !== 'anonymous' ? null : (
        <div className="hb-home-actions">
          <Link to="/register" className="ds-button hb-button-link" data-variant="primary">
            {t('nav.register')}
          </Link>
          <Link to="/sign-in" className="ds-button hb-button-link" data-variant="secondary">
            {t('nav.signIn')}
          </Link>
        </div>
      )}
    </article>
  );
}
