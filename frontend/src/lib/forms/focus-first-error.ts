/**
 * After a refused submit, moves focus to the first field marked invalid in the form (after React
 * has shown the errors), so keyboard and screen-reader users land on what to fix; with no such
 * field, to the form's alert. A refusal from the server is shown by a render that may come a few
 * frames after the call: it looks again for up to ten frames.
 */
export function focusFirstError(form: HTMLElement | null, framesLeft = 10) {
  requestAnimationFrame(() => {
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[role="alert"]');
    if (!target) {
      if (framesLeft > 0 && form?.isConnected) focusFirstError(form, framesLeft - 1);
      return;
    }
    if (!target.matches('input, textarea, select, button, [tabindex]')) {
      target.setAttribute('tabindex', '-1');
    }
    target.focus();
  });
}
