import { Heading } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '@/lib/use-document-title';
import './accounts.css';

/** The frame of the small account pages: a title that is also the page's h1, and content. */
export function AuthPage({
  title,
  children,
  before,
}: {
  title: string;
  children: ReactNode;
  /** Above the title, e.g. the coordinators' navigation. */
  before?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <article className="hb-stack hb-auth-page">
      {before}
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {children}
    </article>
  );
}
