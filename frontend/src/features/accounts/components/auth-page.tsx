import type { ReactNode } from 'react';
import './accounts.css';
import { PageTitle } from '@/components/ui/page-title';

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
  return (
    <article className="hb-stack hb-auth-page">
      {before}
      <PageTitle>{title}</PageTitle>
      {children}
    </article>
  );
}
