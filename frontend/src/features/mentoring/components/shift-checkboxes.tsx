import { Checkbox, Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { shifts, type Shift } from '../api/types';

interface Props {
  legend: string;
  description?: string;
  value: Shift[];
  onChange: (shifts: Shift[]) => void;
}

/** Weekday/weekend × day/evening/night as six checkboxes in a small grid. */
export function ShiftCheckboxes({ legend, description, value, onChange }: Props) {
  const { t } = useTranslation('mentoring');
  const toggle = (shift: Shift, on: boolean) =>
    onChange(on ? [...value, shift] : value.filter((s) => s !== shift));
  return (
    <Fieldset className="hb-choices">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
      <div className="hb-choices__grid hb-choices__grid--shifts">
        {shifts.map((shift) => (
          <Checkbox
            key={shift}
            label={t(`shift.${shift}`)}
            value={shift}
            checked={value.includes(shift)}
            onChange={(e) => toggle(shift, e.target.checked)}
          />
        ))}
      </div>
    </Fieldset>
  );
}
