/**
 * After a refused submit, moves focus to the first field marked invalid in the form (after React
 * has shown the errors), so keyboard and screen-reader users land on what to fix; with no such
 * field, to the form's alert.
 */
export function focusFirstError(form: HTMLElement | null) {
  requestAnimationFrame(() => {
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[role="alert"]');
    if (!target) return;
    if (!target.matches('input, textarea, select, button, [tabindex]')) {
      target.setAttribute('tabindex', '-1');
    }
    target.focus();
  });
}
