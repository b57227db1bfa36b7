import {
  Checkbox,
  Field,
  Fieldset,
  Label,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/use-language';
import { useVocabularies } from '../../api/topics';
import { durations, orgSizes, storyFieldNames, trainingFormats } from '../../api/types';
import type { TopicFormState } from '../../hooks/use-topic-form';
import { MarkdownField } from '../markdown-field';

/** ForumDtos.MAX_SECTION on the server: one section of an implementation story. */
const maxSection = 20_000;

type FormProps = { form: TopicFormState };

export function useVocabularyName() {
  const { language } = useLanguage();
  return (x: { nameNb: string; nameEn: string }) => (language === 'en' ? x.nameEn : x.nameNb);
}

export function toggle(list: number[], id: number) {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

/** An implementation story's sections (context and what was done are required). */
export function StorySections({ form }: FormProps) {
  const { t } = useTranslation('forum');
  const d = form.value;
  return storyFieldNames.map((f) => (
    <MarkdownField
      key={f}
      label={t(`story.${f}`)}
      description={t(`storyHelp.${f}`)}
      value={d.story[f] ?? ''}
      onChange={(v) => form.set('story', { ...d.story, [f]: v })}
      rows={4}
      limit={maxSection}
      required={f === 'context' || f === 'whatWeDid'}
      error={form.error(`story.${f}`)}
      patientData={form.patientData(`story.${f}`)}
    />
  ));
}

/** A training's link, format and audiences. */
export function TrainingFields({ form }: FormProps) {
  const { t } = useTranslation('forum');
  const vocab = useVocabularies();
  const name = useVocabularyName();
  const d = form.value;
  return (
    <>
      <Textfield
        label={t('form.link')}
        description={t('form.linkHelp')}
        type="url"
        value={d.linkUrl}
        onChange={(e) => form.set('linkUrl', e.target.value)}
        error={form.error('linkUrl')}
        required
      />
      <Fieldset>
        <Fieldset.Legend>{t('form.format')}</Fieldset.Legend>
        {trainingFormats.map((f) => (
          <Radio
            key={f}
            name="trainingFormat"
            label={t(`format.${f}`)}
            value={f}
            checked={d.trainingFormat === f}
            onChange={() => form.set('trainingFormat', f)}
          />
        ))}
        {form.error('trainingFormat') ? (
          <ValidationMessage>{form.error('trainingFormat')}</ValidationMessage>
        ) : null}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('form.audiences')}</Fieldset.Legend>
        {(vocab.data?.audiences ?? []).map((a) => (
          <Checkbox
            key={a.id}
            label={name(a)}
            value={String(a.id)}
            checked={d.audienceIds.includes(a.id)}
            onChange={() => form.set('audienceIds', toggle(d.audienceIds, a.id))}
          />
        ))}
      </Fieldset>
    </>
  );
}

/** A story's organisation size and how long the work took (both optional). */
export function StoryFacts({ form }: FormProps) {
  const { t } = useTranslation('forum');
  const ids = useId();
  const d = form.value;
  return (
    <div className="hb-two">
      <Field>
        <Label htmlFor={`${ids}-size`}>{t('form.orgSize')}</Label>
        <Select
          id={`${ids}-size`}
          value={d.orgSize}
          onChange={(e) => form.set('orgSize', e.target.value)}
        >
          <option value="">{t('form.notSaid')}</option>
          {orgSizes.map((s) => (
            <option key={s} value={s}>
              {t(`orgSize.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label htmlFor={`${ids}-dur`}>{t('form.duration')}</Label>
        <Select
          id={`${ids}-dur`}
          value={d.duration}
          onChange={(e) => form.set('duration', e.target.value)}
        >
          <option value="">{t('form.notSaid')}</option>
          {durations.map((s) => (
            <option key={s} value={s}>
              {t(`duration.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
