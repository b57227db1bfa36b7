import { Field, Input, Label, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import {
  useCallback,
  useId,
  useRef,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type TextareaHTMLAttributes,
} from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';

type Shared = {
  label: ReactNode;
  description?: ReactNode;
  /** Already translated; shown under the field, which is marked invalid. */
  error?: ReactNode;
  /** The most characters the server takes: shows "n characters left" / "n too many". */
  limit?: number;
  ref?: Ref<HTMLInputElement & HTMLTextAreaElement>;
};

type TextFieldProps = Shared &
  (
    | ({ multiline: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'ref'>)
    | ({ multiline?: false } & Omit<InputHTMLAttributes<HTMLInputElement>, 'ref'>)
  );

/**
 * Designsystemet's text field (label, description, input or text area, validation message) with a
 * character counter that counts what is in the field — also a value set by a form library or
 * restored from a draft, which Designsystemet's own counter (it counts on input events) misses —
 * in the reader's language. Works controlled (`value`) and uncontrolled (react-hook-form's
 * `register`).
 */
export function TextField({
  label,
  description,
  error,
  limit,
  ref,
  multiline,
  ...rest
}: TextFieldProps) {
  const id = useId();
  const own = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const controlled = 'value' in rest && rest.value != null;
  const [typed, setTyped] = useState(0);
  const length = controlled ? String(rest.value).length : typed;
  const counterId = `${id}-count`;
  const descriptionId = `${id}-desc`;
  const errorId = `${id}-error`;

  const setRefs = useCallback(
    (el: (HTMLInputElement & HTMLTextAreaElement) | null) => {
      own.current = el;
      if (typeof ref === 'function') ref(el);
      else if (ref) ref.current = el;
      // A form library sets its default value in its ref: count it once it is there.
      if (el) setTyped(el.value.length);
    },
    [ref],
  );

  const over = limit != null && length > limit;
  const describedBy =
    [description ? descriptionId : '', limit != null ? counterId : '', error ? errorId : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const common = {
    id,
    ref: setRefs,
    'aria-invalid': error || over ? true : undefined,
    'aria-describedby': describedBy,
  };
  const { onChange, ...fieldProps } = rest as InputHTMLAttributes<HTMLInputElement> &
    TextareaHTMLAttributes<HTMLTextAreaElement>;
  const onInput = (e: React.ChangeEvent<HTMLInputElement & HTMLTextAreaElement>) => {
    setTyped(e.target.value.length);
    onChange?.(e);
  };

  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description id={descriptionId}>{description}</Field.Description> : null}
      {multiline ? (
        <Textarea {...fieldProps} {...common} onChange={onInput} />
      ) : (
        <Input
          {...(fieldProps as React.ComponentProps<typeof Input>)}
          {...common}
          onChange={onInput}
        />
      )}
      {limit != null ? <CharacterCount id={counterId} length={length} limit={limit} /> : null}
      {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
    </Field>
  );
}

/** "n characters left" / "n too many" under a field, in the reader's language and numbers. */
export function CharacterCount({
  id,
  length,
  limit,
}: {
  id: string;
  length: number;
  limit: number;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const left = limit - length;
  const n = formatNumber(Math.abs(left), language);
  return (
    <p
      id={id}
      className={`hb-counter${left < 0 ? ' hb-counter--over' : ''}`}
      data-field="description"
    >
      {left < 0 ? t('counter.over', { count: -left, n }) : t('counter.left', { count: left, n })}
    </p>
  );
}
