import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { TopicKind } from '../api/types';

export function KindTag({ kind }: { kind: TopicKind }) {
  const { t } = useTranslation('forum');
  const color = { QUESTION: 'info', DISCUSSION: 'neutral', STORY: 'success', TRAINING: 'warning' }[
    kind
  ] as 'info' | 'neutral' | 'success' | 'warning';
  return (
    <Tag data-color={color} data-size="sm">
      {t(`kind.${kind}`)}
    </Tag>
  );
}

export function SolvedTag() {
  const { t } = useTranslation('forum');
  return (
    <Tag data-color="success" data-size="sm" className="hb-solved">
      ✓ {t('topic.solved')}
    </Tag>
  );
}
