import type { ReactNode } from 'react';

/** One fact: what it is (also the row's key, so unique in a list) and its value. */
export type Fact = [label: string, value: ReactNode];

/**
 * Facts as a description list, a row (dt and dd) per fact, styled by .hb-facts (styles.css):
 * `rows` puts each term beside its value and above it on a narrow screen; `pairs` sets all terms
 * in one column beside their values. The kit defines both; a feature's styles do not redefine
 * them, since every feature's styles stay in the page once a member has opened one of its pages.
 */
export function FactList({ facts, layout = 'rows' }: { facts: Fact[]; layout?: 'rows' | 'pairs' }) {
  return (
    <dl className={`hb-facts hb-facts--${layout}`}>
      {facts.map(([label, value]) => (
        <div key={label} className="hb-facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
