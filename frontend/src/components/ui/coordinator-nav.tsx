import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The coordinators' pages, one place each; the main menu has one "Moderation" entry for them. */
export const coordinatorPages = [
  { to: '/moderation/queue', key: 'queue' },
  { to: '/moderation/approvals', key: 'approvals' },
  { to: '/moderation/members', key: 'members' },
  { to: '/moderation/categories', key: 'categories' },
  { to: '/moderation/taxonomies', key: 'taxonomies' },
  { to: '/moderation/audit', key: 'audit' },
] as const;

/** Links between the coordinators' pages, at the top of each of them. */
export function CoordinatorNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('coordinatorNav.label')} className="hb-coordinator-nav">
      <ul>
        {coordinatorPages.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} className="ds-link">
              {t(`coordinatorNav.${l.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
