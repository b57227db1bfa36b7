import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LiveAlert, ProblemAlert } from './live-alert';

describe('LiveAlert', () => {
  it('reads a failure out at once and a success politely', () => {
    render(
      <>
        <LiveAlert color="danger">It failed.</LiveAlert>
        <LiveAlert color="success">Saved.</LiveAlert>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('It failed.');
    expect(screen.getByRole('alert')).toHaveAttribute('data-color', 'danger');
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
    expect(screen.getByRole('status')).toHaveAttribute('data-color', 'success');
  });

  it('shows nothing while not shown', () => {
    const { container } = render(
      <LiveAlert color="danger" shown={false}>
        It failed.
      </LiveAlert>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});

describe('ProblemAlert', () => {
  const text = (e: unknown) => `Failed: ${String(e)}`;

  it('says a failed call in the given words', () => {
    render(<ProblemAlert call={{ isError: true, error: 'conflict' }} text={text} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Failed: conflict');
  });

  it('says nothing until the call fails', () => {
    const { container } = render(
      <ProblemAlert call={{ isError: false, error: null }} text={text} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
