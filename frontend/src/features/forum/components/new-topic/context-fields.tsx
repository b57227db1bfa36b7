import { Checkbox, Details, Field, Fieldset, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocabularies } from '../../api/topics';
import type { TopicFormState } from '../../hooks/use-topic-form';
import { toggle, useVocabularyName } from './kind-fields';

/** Where the topic comes from: the kind of workplace and the systems it is about (optional). */
export function ContextFields({ form }: { form: TopicFormState }) {
  const { t } = useTranslation('forum');
  const vocab = useVocabularies();
  const name = useVocabularyName();
  const ids = useId();
  const d = form.value;
  return (
    <>
      <Field>
        <Label htmlFor={`${ids}-wp`}>{t('form.workplaceType')}</Label>
        <Select
          id={`${ids}-wp`}
          value={d.workplaceTypeId}
          onChange={(e) => form.set('workplaceTypeId', e.target.value)}
        >
          <option value="">{t('form.notSaid')}</option>
          {(vocab.data?.workplaceTypes ?? []).map((w) => (
            <option key={w.id} value={w.id}>
              {name(w)}
            </option>
          ))}
        </Select>
      </Field>
      <Details>
        <Details.Summary>
          {t('form.systems')}
          {d.systemIds.length ? ` (${d.systemIds.length})` : ''}
        </Details.Summary>
        <Details.Content>
          <Fieldset>
            <Fieldset.Legend>{t('form.systemsLegend')}</Fieldset.Legend>
            <div className="hb-checkgrid">
              {(vocab.data?.systems ?? []).map((s) => (
                <Checkbox
                  key={s.id}
                  label={name(s)}
                  value={String(s.id)}
                  checked={d.systemIds.includes(s.id)}
                  onChange={() => form.set('systemIds', toggle(d.systemIds, s.id))}
                />
              ))}
            </div>
          </Fieldset>
        </Details.Content>
      </Details>
    </>
  );
}
