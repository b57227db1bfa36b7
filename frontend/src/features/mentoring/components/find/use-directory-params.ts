import { useSearchParams } from 'react-router';
import { directoryQueryFromParams } from '../../api/find-queries';

/** The directory query lives in the URL, so every filtered list can be shared. */
export function useDirectoryParams() {
  const [params, setParams] = useSearchParams();
  const query = directoryQueryFromParams(params);
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
