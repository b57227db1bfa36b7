import { Suspense } from 'react';
import { hasRole, useSession } from '@/lib/session';
import { HeaderSearch } from './header-search';

/**
 * The header search for active members (search is theirs only). While its texts load, its place
 * is kept (the field's size, empty and hidden): on a phone the field has a row of its own, and
 * the page below moved down by it when the texts came after the page (ADR 0026).
 */
export function MemberSearch() {
  const { member } = useSession();
  if (!hasRole(member, 'ADVISOR')) return null;
  return (
    <Suspense
      fallback={<span className="hb-header-search hb-header-search--place" aria-hidden="true" />}
    >
      <HeaderSearch />
    </Suspense>
  );
}
