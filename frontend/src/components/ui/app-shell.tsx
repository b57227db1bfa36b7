import { Button, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { Skeleton } from './skeleton';
import { Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { hasRole, useSession, type Role } from '@/lib/session';
import { useMediaQuery } from '@/lib/use-media-query';
import { useOnlineStatus } from '@/lib/use-online-status';
import { LanguagePicker } from './language-picker';
import { LoadingShape } from './load-state';

export interface NavItem {
  to: string;
  /** A key in the common namespace under nav.* */
  labelKey: `nav.${string}`;
  /** Shown only to members with one of these roles; everyone sees entries without roles. */
  roles?: Role[];
  /** The entry is current on every page whose path starts with this (e.g. '/moderation/'). */
  section?: string;
}

interface AppShellProps {
  nav: NavItem[];
  /** Session-aware controls at the end of the header (sign-in link or account menu). */
  headerEnd?: ReactNode;
  /** Always-visible primary action next to the menu button (e.g. "Ask a question"). */
  primaryAction?: ReactNode;
  /** The search field, shown in the header (signed-in members). */
  search?: ReactNode;
  /** Notices under the header on every page (posts waiting for the connection). */
  notices?: ReactNode;
  /** The page's code is still on its way (the first load): a skeleton in its place. */
  pageLoading?: boolean;
}

export function AppShell({
  nav,
  headerEnd,
  primaryAction,
  search,
  notices,
  pageLoading = false,
}: AppShellProps) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  const { member } = useSession();
  const visibleNav = nav.filter((item) => !item.roles || hasRole(member, ...item.roles));
  const location = useLocation();
  // The menu belongs to the page it was opened on: navigating closes it without an effect.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === location.pathname;
  const menuId = useId();
  const mainRef = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const first = useRef(true);
  // On a phone the language sits in the logo's row, which has room for it: among the actions it
  // pushed the account menu and the menu button onto a row of their own.
  const narrow = !useMediaQuery('(min-width: 30rem)');

  // Escape closes the phone menu and returns to its button.
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setMenuOpenOn(null);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  // After a client-side navigation, move focus to the new page's content, so screen-reader
  // and keyboard users start at the top of what changed.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: false });
  }, [location.pathname]);

  return (
    <div className="hb-app">
      <SkipLink href="#main">{t('skipToContent')}</SkipLink>
      <header className="hb-header">
        <div className="hb-header__bar">
          <div className="hb-header__brand">
            <Logo />
            {narrow && <LanguagePicker />}
          </div>
          {/* Header parts with texts of their own: they do not hold up the page while those load. */}
          <Suspense fallback={null}>{search}</Suspense>
          <div className="hb-header__actions">
            {primaryAction}
            {!narrow && <LanguagePicker />}
            {headerEnd}
            <Button
              ref={menuButton}
              className="hb-menu-button"
              variant="secondary"
              data-size="sm"
              aria-expanded={menuOpen}
              aria-controls={menuId}
              onClick={() => setMenuOpenOn(menuOpen ? null : location.pathname)}
            >
              {menuOpen ? t('nav.closeMenu') : t('nav.menu')}
            </Button>
          </div>
        </div>
        <nav id={menuId} aria-label={t('nav.main')} className="hb-nav" data-open={menuOpen}>
          <ul>
            {visibleNav.map((item) => (
              <li key={item.to}>
                {item.section ? (
                  <Link
                    to={item.to}
                    className="hb-nav__link"
                    aria-current={location.pathname.startsWith(item.section) ? 'page' : undefined}
                  >
                    {t(item.labelKey as 'nav.about')}
                  </Link>
                ) : (
                  <NavLink to={item.to} className="hb-nav__link">
                    {t(item.labelKey as 'nav.about')}
                  </NavLink>
                )}
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {!online && (
        <div className="hb-offline" role="status">
          <Paragraph data-size="sm">{t('offline')}</Paragraph>
        </div>
      )}
      {notices}
      <main id="main" ref={mainRef} tabIndex={-1} className="hb-main">
        <Suspense fallback={<PageSkeleton />}>
          {pageLoading ? <PageSkeleton /> : <Outlet />}
        </Suspense>
      </main>
      <footer className="hb-footer">
        <Paragraph data-size="sm">{t('footer.text')}</Paragraph>
        <ul className="hb-footer__links">
          <li>
            <Link to="/about" className="ds-link">
              {t('footer.about')}
            </Link>
          </li>
          <li>
            <a href="/swagger-ui/" className="ds-link">
              {t('footer.api')}
            </a>
          </li>
        </ul>
      </footer>
    </div>
  );
}

/** The logo, a link to the front page: the same markup as index.html's shell (app-shell.test.tsx). */
function Logo() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="hb-logo" aria-label={t('nav.home')}>
      <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28" focusable="false">
        <rect width="32" height="32" rx="6" fill="currentColor" />
        <path
          d="M5 21c4-7 18-7 22 0"
          stroke="#fff"
          strokeWidth="3"
          fill="none"
          strokeLinecap="round"
        />
        <path
          d="M9 21v-4M16 21v-6M23 21v-4"
          stroke="#fff"
          strokeWidth="2.5"
          strokeLinecap="round"
        />
      </svg>
      <span>{t('appName')}</span>
    </Link>
  );
}

/**
 * What index.html draws before the app's code comes: the header's bar with the logo and an empty
 * main. The app draws it in its place while nothing more can be drawn without moving it later (a
 * members' page before the session is known, src/app/router.tsx).
 */
export function BareShell() {
  return (
    <div className="hb-app">
      <header className="hb-header">
        <div className="hb-header__bar">
          <div className="hb-header__brand">
            <Logo />
          </div>
        </div>
      </header>
      <main className="hb-main" />
    </div>
  );
}

/** Keeps the layout still while a page or its translations load. */
export function PageSkeleton() {
  return (
    <LoadingShape>
      <Skeleton variant="text" width={24} data-size="lg" />
      <Skeleton variant="rectangle" height="6rem" />
      <Skeleton variant="text" width={40} />
    </LoadingShape>
  );
}
