import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { patientDataOf, position, type Match } from '@/lib/forms/patient-data';

interface Props {
  text: string;
  matches: Match[];
  /** Selects the number in the field so the member can remove it. */
  onShow?: (match: Match) => void;
  /** Why it matters, in the feature's words (default: the shared sentence). */
  why?: string;
}

/**
 * Why a text was stopped and where the number is: shown next to the field that holds it, in the
 * member's language. The number itself is shown only to its writer, in their own browser.
 */
export function PatientDataExplanation({ text, matches, onShow, why }: Props) {
  const { t } = useTranslation();
  return (
    <Alert data-color="danger" data-size="sm" className="hb-patient-data">
      <Paragraph data-size="sm">
        <strong>{t('patientData.title')}</strong> {why ?? t('patientData.why')}
      </Paragraph>
      <ul className="hb-patient-data__list">
        {matches.map((m) => {
          const { line, column } = position(text, m.start);
          const from = Math.max(0, m.start - 20);
          const to = Math.min(text.length, m.end + 20);
          return (
            <li key={m.start}>
              {t('patientData.where', { line, column })}{' '}
              <span className="hb-patient-data__excerpt">
                {from > 0 ? '…' : ''}
                {text.slice(from, m.start)}
                <mark>{text.slice(m.start, m.end)}</mark>
                {text.slice(m.end, to)}
                {to < text.length ? '…' : ''}
              </span>{' '}
              {onShow ? (
                <Button variant="tertiary" data-size="sm" type="button" onClick={() => onShow(m)}>
                  {t('patientData.show')}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
      <Paragraph data-size="sm">{t('patientData.what')}</Paragraph>
    </Alert>
  );
}

/**
 * The explanation under one field of a form, when the server refused the form's last submit for
 * patient data in that field (`error` is the submit's error, `text` what the field holds now).
 */
export function PatientDataNotice({
  error,
  field,
  text,
}: {
  error: unknown;
  field: string;
  text: string | null | undefined;
}) {
  const refusal = patientDataOf(error);
  if (!refusal || refusal.field !== field || !text) return null;
  return <PatientDataExplanation text={text} matches={refusal.matches} />;
}
