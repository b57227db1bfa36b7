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
import { CharacterCount } from './character-count';

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
