import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const links = [
  { to: '/moderation/queue', key: 'queue' },
  { to: '/moderation/audit', key: 'audit' },
  { to: '/moderation/categories', key: 'categories' },
  { to: '/moderation/approvals', key: 'approvals' },
  { to: '/moderation/members', key: 'members' },
] as const;

/** Links between the coordinators' pages. */
export function ModerationNav() {
  const { t } = useTranslation('moderation');
  return (
    <nav aria-label={t('subnav.label')} className="hb-mod-nav">
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} className="ds-link">
              {t(`subnav.${l.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
