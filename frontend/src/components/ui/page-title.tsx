import { Heading } from '@digdir/designsystemet-react';
import { useDocumentTitle } from '@/lib/use-document-title';

/** The page's h1, which also names the page in the browser tab ("Page – Helsebro"). */
export function PageTitle({ children }: { children: string }) {
  useDocumentTitle(children);
  return (
    <Heading level={1} data-size="lg">
      {children}
    </Heading>
  );
}
