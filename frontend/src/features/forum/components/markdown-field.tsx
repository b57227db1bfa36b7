import {
  Button,
  Label,
  Paragraph,
  Textarea,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PatientDataExplanation } from '@/components/ui/patient-data-explanation';
import { CharacterCount } from '@/components/ui/character-count';
import { ApiError } from '@/lib/api-client';
import type { Match } from '@/lib/forms/patient-data';
import { renderPreview, useMentionCandidates } from '../api/writing';
import { UserContent } from './user-content';

interface Props {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  patientData?: Match[] | null;
  rows?: number;
  name?: string;
  required?: boolean;
  /** The most characters the server takes (a post's body by default). */
  limit?: number;
}

/** ForumDtos.MAX_BODY on the server. */
export const maxBody = 50_000;

const mentionPattern = /(?:^|\s)@([^\s@[\]()]{1,30})$/u;

/**
 * A Markdown text area with a preview rendered by the server (the same renderer that saves
 * the post), @mention suggestions and the patient-data explanation next to the text.
 *
 * A plain element with Designsystemet's field class, its label, description, counter, help and
 * error tied to the text area by id — not Designsystemet's `Field`: that is a web component whose
 * code (~28 KB gzip, with an observer of the whole document that kept the topic page's main
 * thread busy as its posts rendered) the reply form would load on every topic page (ADR 0022).
 */
export function MarkdownField({
  label,
  description,
  value,
  onChange,
  error,
  patientData,
  rows = 8,
  name,
  required,
  limit = maxBody,
}: Props) {
  const { t } = useTranslation('forum');
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const [preview, setPreview] = useState<{ html?: string; error?: string } | null>(null);
  const [mentionQuery, setMentionQuery] = useState<string | null>(null);
  const candidates = useMentionCandidates(mentionQuery);

  const showPreview = async () => {
    setMode('preview');
    setPreview(null);
    try {
      const r = await renderPreview(value);
      setPreview({ html: r.html });
    } catch (e) {
      setPreview({
        error:
          e instanceof ApiError && e.problem.code === 'patient-data'
            ? t('patientData.title')
            : t('preview.failed'),
      });
    }
  };

  const onText = (e: ChangeEvent<HTMLTextAreaElement>) => {
    onChange(e.target.value);
    const caret = e.target.selectionStart ?? e.target.value.length;
    const m = mentionPattern.exec(e.target.value.slice(0, caret));
    setMentionQuery(m?.[1] ?? null);
  };

  const insertMention = (member: { id: number; displayName: string }) => {
    const el = area.current;
    const caret = el?.selectionStart ?? value.length;
    const before = value.slice(0, caret).replace(/@([^\s@[\]()]{1,30})$/u, '');
    const inserted = `[@${member.displayName}](/members/${member.id}) `;
    const next = before + inserted + value.slice(caret);
    onChange(next);
    setMentionQuery(null);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(before.length + inserted.length, before.length + inserted.length);
    });
  };

  const select = (m: Match) => {
    setMode('write');
    requestAnimationFrame(() => {
      area.current?.focus();
      area.current?.setSelectionRange(m.start, m.end);
    });
  };

  const suggestions = mentionQuery ? (candidates.data ?? []) : [];
  return (
    <div className="ds-field hb-markdown">
      <Label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </Label>
      {description ? (
        <Paragraph data-size="sm" className="hb-muted" id={`${id}-desc`}>
          {description}
        </Paragraph>
      ) : null}
      <div className="hb-markdown__modes" role="group" aria-label={t('editor.modes')}>
        <Button
          type="button"
          data-size="sm"
          variant={mode === 'write' ? 'secondary' : 'tertiary'}
          aria-pressed={mode === 'write'}
          onClick={() => setMode('write')}
        >
          {t('editor.write')}
        </Button>
        <Button
          type="button"
          data-size="sm"
          variant={mode === 'preview' ? 'secondary' : 'tertiary'}
          aria-pressed={mode === 'preview'}
          onClick={() => void showPreview()}
        >
          {t('editor.preview')}
        </Button>
      </div>
      <Textarea
        id={id}
        ref={area}
        name={name}
        rows={rows}
        value={value}
        onChange={onText}
        hidden={mode !== 'write'}
        aria-invalid={error || patientData?.length || value.length > limit ? true : undefined}
        aria-describedby={[
          description ? `${id}-desc` : '',
          `${id}-count`,
          `${id}-help`,
          error ? `${id}-error` : '',
        ]
          .filter(Boolean)
          .join(' ')}
      />
      {mode === 'preview' ? (
        <div className="hb-markdown__preview" aria-live="polite">
          {preview === null ? (
            <Paragraph data-size="sm">{t('preview.loading')}</Paragraph>
          ) : preview.error ? (
            <Paragraph data-size="sm">{preview.error}</Paragraph>
          ) : preview.html ? (
            <UserContent html={preview.html} />
          ) : (
            <Paragraph data-size="sm">{t('preview.empty')}</Paragraph>
          )}
        </div>
      ) : null}
      {suggestions.length > 0 ? (
        <div className="hb-mentions" aria-live="polite">
          <Paragraph data-size="xs">{t('editor.mentionHint')}</Paragraph>
          <ul>
            {suggestions.map((m) => (
              <li key={m.id}>
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => insertMention(m)}
                >
                  @{m.displayName}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <CharacterCount id={`${id}-count`} length={value.length} limit={limit} />
      <Paragraph data-size="xs" className="hb-muted" id={`${id}-help`}>
        {t('editor.help')}
      </Paragraph>
      {patientData?.length ? (
        <PatientDataExplanation
          text={value}
          matches={patientData}
          onShow={select}
          why={t('patientData.why')}
        />
      ) : null}
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
    </div>
  );
}
