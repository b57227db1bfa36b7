import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { hasRole, useSession } from '@/lib/session';

/** The mentoring area's own navigation: find, mine, settings (and coordinator pages). */
export function MentoringNav() {
  const { t } = useTranslation('mentoring');
  const { member } = useSession();
  const links = [
    { to: '/mentoring', label: t('nav.find'), end: true },
    { to: '/mentoring/mine', label: t('nav.mine') },
    { to: '/mentoring/questions', label: t('nav.questions') },
    { to: '/mentoring/settings', label: t('nav.settings') },
  ];
  if (hasRole(member, 'COORDINATOR')) {
    links.push({ to: '/mentoring/cohort', label: t('nav.cohort') });
    links.push({ to: '/mentoring/statistics', label: t('nav.statistics') });
  }
  return (
    <nav aria-label={t('nav.label')} className="hb-mentoring-nav">
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.end} className="hb-mentoring-nav__link">
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
