import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

export interface Match {
  start: number;
  end: number;
}

/** Line and column (1-based) of a character offset. */
export function position(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

interface Props {
  text: string;
  matches: Match[];
  /** Selects the number in the field so the member can remove it. */
  onShow?: (match: Match) => void;
}

/**
 * Why the post was stopped and where the number is: shown next to the field that holds it, in
 * the member's language. The number itself is shown only to its writer, in their own browser.
 */
export function PatientDataExplanation({ text, matches, onShow }: Props) {
  const { t } = useTranslation('forum');
  return (
    <Alert data-color="danger" data-size="sm" className="hb-patient-data">
      <Paragraph data-size="sm">
        <strong>{t('patientData.title')}</strong> {t('patientData.why')}
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
