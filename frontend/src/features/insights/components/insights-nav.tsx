import { Link as DsLink } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** Between the coordinator's insight pages. */
export function InsightsNav() {
  const { t } = useTranslation('insights');
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="hb-subnav">
        {(
          [
            ['/insights', 'nav.health'],
            ['/insights/radar', 'nav.radar'],
            ['/insights/report', 'nav.report'],
          ] as const
        ).map(([to, key]) => (
          <li key={to}>
            <DsLink asChild>
              <NavLink to={to} end>
                {t(key)}
              </NavLink>
            </DsLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
