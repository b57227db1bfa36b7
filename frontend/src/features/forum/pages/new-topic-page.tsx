import '../forum.css';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDocumentTitle } from '@/lib/use-document-title';
import { topicKinds, type TopicKind } from '../api/types';
import { KindChoice } from '../components/new-topic/kind-choice';
import { TopicForm } from '../components/new-topic/topic-form';

function isKind(v: string | null): v is TopicKind {
  return v != null && (topicKinds as string[]).includes(v.toUpperCase());
}

export function NewTopicPage() {
  const { t } = useTranslation('forum');
  const [params] = useSearchParams();
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? (kindParam.toUpperCase() as TopicKind) : null;
  useDocumentTitle(kind ? t(`new.title.${kind}`) : t('new.chooseTitle'));
  if (!kind) return <KindChoice />;
  return (
    <TopicForm
      key={kind}
      kind={kind}
      categorySlug={params.get('category')}
      initialTitle={params.get('title') ?? ''}
    />
  );
}
