import { hasRole, useSession } from '@/lib/session';
import { HeaderSearch } from './header-search';

/** The header search for active members (search is theirs only). */
export function MemberSearch() {
  const { member } = useSession();
  return hasRole(member, 'ADVISOR') ? <HeaderSearch /> : null;
}
