import { useTranslation } from 'react-i18next';
import type { DraftStatus } from '../hooks/use-draft';

export function DraftStatusLine({ status }: { status: DraftStatus }) {
  const { t } = useTranslation('forum');
  if (status === 'empty') return null;
  return (
    <span className="hb-muted hb-draft-status" role="status">
      {t(`draft.${status}`)}
    </span>
  );
}
