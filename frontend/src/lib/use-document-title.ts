import { useEffect } from 'react';

/** Every page names itself in the browser tab: "Page – Helsebro". */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} – Helsebro` : 'Helsebro';
  }, [title]);
}
