import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import { TwoFactorCodeForm } from './two-factor-code-form';

describe('TwoFactorCodeForm', () => {
  beforeEach(() => initTestI18n('nb'));

  it('asks for a code before it sends anything', async () => {
    const onCode = vi.fn();
    render(<TwoFactorCodeForm submitLabel="Slå på" onCode={onCode} />);
    await userEvent.click(screen.getByRole('button', { name: 'Slå på' }));
    expect(await screen.findByText('Fyll ut feltet')).toBeInTheDocument();
    expect(onCode).not.toHaveBeenCalled();
  });

  it('sends the code trimmed and empties the field when it worked', async () => {
    const onCode = vi.fn().mockResolvedValue(true);
    render(<TwoFactorCodeForm submitLabel="Slå på" onCode={onCode} />);
    const field = screen.getByLabelText('Kode fra autentiseringsappen');
    await userEvent.type(field, ' 123456 ');
    await userEvent.click(screen.getByRole('button', { name: 'Slå på' }));
    await waitFor(() => expect(onCode).toHaveBeenCalledWith('123456'));
    await waitFor(() => expect(field).toHaveValue(''));
  });

  it('keeps the code when the server refused it', async () => {
    const onCode = vi.fn().mockResolvedValue(false);
    render(<TwoFactorCodeForm submitLabel="Slå av" onCode={onCode} />);
    const field = screen.getByLabelText('Kode fra autentiseringsappen');
    await userEvent.type(field, '654321');
    await userEvent.click(screen.getByRole('button', { name: 'Slå av' }));
    await waitFor(() => expect(onCode).toHaveBeenCalledWith('654321'));
    expect(field).toHaveValue('654321');
  });
});
