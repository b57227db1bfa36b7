import { Label, Select } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

/**
 * One of a list's filters: a small labelled select (the forum's lists, the mentor directory). A
 * plain element with Designsystemet's field class and the label tied by id, not its `Field`: that
 * is a web component, and its code (~28 KB gzip, with an observer of the whole document) would be
 * loaded for nothing but tying the label, which the id does (ADR 0022).
 */
export function FilterSelect({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The `<option>`s. */
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="ds-field hb-filter">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} data-size="sm" value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </Select>
    </div>
  );
}
