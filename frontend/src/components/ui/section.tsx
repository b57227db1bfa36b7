import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { ProblemNamespace } from '@/lib/forms/problem-text';
import { QueryState, type QueryLike } from './query-state';

interface SectionProps {
  /** The heading's id, which also names the section (aria-labelledby). */
  id: string;
  title: ReactNode;
  /** The heading's size; it is always an h2. */
  size?: '2xs' | 'xs' | 'sm' | 'md';
  /** Classes besides hb-stack. */
  className?: string;
}

/** A page section named by its h2: `<section aria-labelledby>` with the heading first. */
export function HeadedSection({
  id,
  title,
  size = 'md',
  className,
  children,
}: SectionProps & { children?: ReactNode }) {
  return (
    <section className={className ? `hb-stack ${className}` : 'hb-stack'} aria-labelledby={id}>
      <Heading level={2} data-size={size} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/**
 * A headed section around one query (see QueryState): `lead` under the heading, then the
 * loaded data as `render` draws it, or the `empty` sentence when `isEmpty` says there is
 * nothing (by default: an empty array), and last `children` (a form, say), whatever the query.
 */
export function QuerySection<T>({
  query,
  ns,
  rows,
  lead,
  empty,
  isEmpty = (data) => Array.isArray(data) && data.length === 0,
  render,
  children,
  ...section
}: SectionProps & {
  query: QueryLike<T>;
  ns: ProblemNamespace;
  rows?: number;
  lead?: ReactNode;
  empty?: string;
  isEmpty?: (data: T) => boolean;
  render: (data: T) => ReactNode;
  children?: ReactNode;
}) {
  return (
    <HeadedSection {...section}>
      {lead}
      <QueryState
        query={query}
        ns={ns}
        rows={rows}
        empty={empty === undefined ? undefined : <Paragraph>{empty}</Paragraph>}
        isEmpty={isEmpty}
      >
        {render}
      </QueryState>
      {children}
    </HeadedSection>
  );
}
