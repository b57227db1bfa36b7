import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import { MarkdownField } from './markdown-field';

function field(error?: string) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <MarkdownField
        label="Svaret ditt"
        description="Skriv kort."
        value="Hei"
        onChange={() => undefined}
        error={error}
        limit={100}
      />
    </QueryClientProvider>,
  );
}

describe('MarkdownField', () => {
  beforeEach(() => initTestI18n('nb'));

  it("ties its label, description, counter and error to the text area, without Designsystemet's Field", () => {
    const { container } = field('Skriv minst 10 tegn.');
    const area = screen.getByRole('textbox', { name: 'Svaret ditt' });
    expect(area).toHaveAttribute('aria-invalid', 'true');
    expect(area).toHaveAccessibleDescription(/Skriv kort\..*97 tegn igjen.*Skriv minst 10 tegn\./);
    // A plain element with the field's class: no web component to load.
    expect(container.querySelector('ds-field')).toBeNull();
    expect(container.querySelector('.ds-field')).not.toBeNull();
  });

  it('is not marked invalid without an error', () => {
    field();
    const area = screen.getByRole('textbox', { name: 'Svaret ditt' });
    expect(area).not.toHaveAttribute('aria-invalid');
    expect(area).not.toHaveAccessibleDescription(/Skriv minst/);
  });
});
