import { Input, Label } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

/**
 * One checkbox among a list's filters (the mentor directory's "has places", a search facet's
 * values), as Designsystemet's `Checkbox` draws it, without its web component (ADR 0022, as
 * {@link FilterSelect}): the field class, the input and a regular-weight label tied by id.
 */
export function CheckFilter({
  label,
  checked,
  onChange,
  className = 'hb-filter hb-filter--check',
  size,
}: {
  /** The label: text, or text with a count after it. */
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The row's own class beside `ds-field` (a facet row is smaller than a list's filter). */
  className?: string;
  /** Designsystemet's size; the default size when left out. */
  size?: 'sm';
}) {
  const id = useId();
  return (
    <div className={`ds-field ${className}`}>
      <Input
        id={id}
        type="checkbox"
        data-size={size}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <Label htmlFor={id} weight="regular">
        {label}
      </Label>
    </div>
  );
}
