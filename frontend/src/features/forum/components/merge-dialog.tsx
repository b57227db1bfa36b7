import { Fieldset, Paragraph, Radio } from '@digdir/designsystemet-react';
import { z } from '@/lib/forms/zod';
import { FormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/text-field';
import { useDialogForm } from '@/lib/forms/use-dialog-form';

/** One thing to merge into, found by the dialog's search. */
export interface MergeCandidate {
  id: number;
  label: string;
  description: string;
}

const schema = z.object({
  q: z.string(),
  target: z
    .number()
    .nullable()
    .refine((v) => v != null, 'choose'),
});
type Values = { q: string; target: number | null };

/** What the merge dialog says, in the caller's words. */
export interface MergeTexts {
  title: string;
  lead: string;
  submit: string;
  search: string;
  searchHint?: string;
  results: string;
  none: (q: string) => string;
  choose: string;
  /** Shown while the first answer is on its way (else nothing). */
  searching?: string;
}

/**
 * Merge one thing (a tag, a topic) into another, picked by searching (there is no number to
 * type): a search field, the matches as radio buttons, and "choose one" when none is picked.
 * The caller searches with `searchText(dialog)` and gives the candidates; it calls
 * `dialog.open()` when opening, so that the dialog starts empty.
 */
export function useMergeDialog() {
  return useDialogForm<Values>(schema, { q: '', target: null });
}

/** What is typed in the merge dialog's search field, trimmed. */
export function searchText(dialog: ReturnType<typeof useMergeDialog>) {
  return dialog.form.watch('q').trim();
}

export function MergeDialog({
  dialog,
  open,
  onClose,
  name,
  minLength = 1,
  found,
  texts,
  busy,
  problem,
  onMerge,
}: {
  dialog: ReturnType<typeof useMergeDialog>;
  open: boolean;
  onClose: () => void;
  /** The radio group's name. */
  name: string;
  /** How many characters the search needs before it asks. */
  minLength?: number;
  /** The answer to the search for what is typed. */
  found: { candidates: MergeCandidate[]; fetching: boolean; loaded: boolean };
  texts: MergeTexts;
  busy: boolean;
  /** The server's refusal, in words. */
  problem: string | null;
  onMerge: (target: number) => void;
}) {
  const { form, submit } = dialog;
  const query = searchText(dialog);
  const target = form.watch('target');
  const searching = query.length >= minLength;
  const results = searching ? found.candidates : [];
  const missing = form.formState.errors.target != null && target == null;
  const search = form.register('q');
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={texts.title}
      lead={texts.lead}
      submitLabel={texts.submit}
      danger
      busy={busy}
      error={problem ?? (missing ? texts.choose : null)}
      onSubmit={submit(({ target: chosen }) => chosen != null && onMerge(chosen))}
    >
      <TextField
        label={texts.search}
        description={texts.searchHint}
        type="search"
        autoComplete="off"
        {...search}
        onChange={(e) => {
          form.setValue('target', null);
          return search.onChange(e);
        }}
      />
      <div aria-live="polite">
        {!searching ? null : texts.searching && found.fetching && !found.loaded ? (
          <Paragraph data-size="sm">{texts.searching}</Paragraph>
        ) : results.length === 0 ? (
          found.fetching && !texts.searching ? null : (
            <Paragraph data-size="sm">{texts.none(query)}</Paragraph>
          )
        ) : (
          <Fieldset>
            <Fieldset.Legend>{texts.results}</Fieldset.Legend>
            {results.map((r) => (
              <Radio
                key={r.id}
                name={name}
                value={String(r.id)}
                label={r.label}
                description={r.description}
                checked={target === r.id}
                onChange={() => form.setValue('target', r.id)}
              />
            ))}
          </Fieldset>
        )}
      </div>
    </FormDialog>
  );
}
