import { useSearchParams } from 'react-router';
import type { MentorQuery } from '../../api/mentors';

/** The directory query lives in the URL, so every filtered list can be shared. */
export function useDirectoryParams() {
  const [params, setParams] = useSearchParams();
  const query: MentorQuery = {
    system: params.get('system') ?? undefined,
    workplaceType: params.get('workplaceType') ?? undefined,
    region: params.get('region') ?? undefined,
    background: params.get('background') ?? undefined,
    language: params.get('language') ?? undefined,
    availability: params.get('availability') ?? undefined,
    hasCapacity: params.get('hasCapacity') ?? undefined,
    q: params.get('q') ?? undefined,
    sort: params.get('sort') ?? undefined,
    page: Math.max(0, Number(params.get('page') ?? '1') - 1) || 0,
    size: 10,
  };
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setParams(next, { replace: true });
  };
  const setPage = (page: number) => {
    const next = new URLSearchParams(params);
    if (page > 0) next.set('page', String(page + 1));
    else next.delete('page');
    setParams(next);
  };
  const clear = () => setParams(new URLSearchParams());
  return { query, set, setPage, clear };
}
