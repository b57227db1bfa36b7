import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from '@/testing/test-i18n';
import { MergeDialog, searchText, useMergeDialog, type MergeCandidate } from './merge-dialog';

const texts = {
  title: 'Slå sammen',
  lead: 'Velg hva det skal slås sammen med.',
  submit: 'Slå sammen nå',
  search: 'Søk',
  results: 'Treff',
  none: (q: string) => `Ingenting passer «${q}»`,
  choose: 'Velg ett.',
};

function Harness({ onMerge, all }: { onMerge: (id: number) => void; all: MergeCandidate[] }) {
  const dialog = useMergeDialog();
  const q = searchText(dialog);
  const candidates = all.filter((c) => c.label.includes(q));
  return (
    <MergeDialog
      dialog={dialog}
      open
      onClose={() => undefined}
      name="merge-test"
      found={{ candidates, fetching: false, loaded: true }}
      texts={texts}
      busy={false}
      problem={null}
      onMerge={onMerge}
    />
  );
}

const all = [
  { id: 1, label: 'journal', description: '3 tråder' },
  { id: 2, label: 'journalføring', description: '1 tråd' },
];

describe('MergeDialog', () => {
  beforeEach(() => {
    initTestI18n('nb');
    // jsdom has no modal dialogs: open it as a plain element.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.removeAttribute('open');
    };
  });

  it('asks the member to choose before it merges', async () => {
    const onMerge = vi.fn();
    render(<Harness onMerge={onMerge} all={all} />);
    await userEvent.click(screen.getByRole('button', { name: 'Slå sammen nå' }));
    expect(await screen.findByText('Velg ett.')).toBeInTheDocument();
    expect(onMerge).not.toHaveBeenCalled();
  });

  it('merges into the one picked among the matches', async () => {
    const onMerge = vi.fn();
    render(<Harness onMerge={onMerge} all={all} />);
    await userEvent.type(screen.getByLabelText('Søk'), 'journalf');
    expect(screen.queryByLabelText('journal')).not.toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('journalføring'));
    await userEvent.click(screen.getByRole('button', { name: 'Slå sammen nå' }));
    await waitFor(() => expect(onMerge).toHaveBeenCalledWith(2));
  });

  it('says so when nothing matches, and typing again drops the choice', async () => {
    const onMerge = vi.fn();
    render(<Harness onMerge={onMerge} all={all} />);
    await userEvent.type(screen.getByLabelText('Søk'), 'journal');
    await userEvent.click(screen.getByLabelText('journal'));
    await userEvent.type(screen.getByLabelText('Søk'), 'x');
    expect(screen.getByText('Ingenting passer «journalx»')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Slå sammen nå' }));
    expect(await screen.findByText('Velg ett.')).toBeInTheDocument();
    expect(onMerge).not.toHaveBeenCalled();
  });
});
