import type { ReactNode } from 'react';

/** One fact: what it is (also the row's key, so unique in a list) and its value. */
export type Fact = [label: string, value: ReactNode];

/** Facts as a description list, a row (dt and dd) per fact, styled by .hb-facts. */
export function FactList({ facts }: { facts: Fact[] }) {
  return (
    <dl className="hb-facts">
      {facts.map(([label, value]) => (
        <div key={label} className="hb-facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
