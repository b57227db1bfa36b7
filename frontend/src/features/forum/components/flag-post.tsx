import { Button } from '@digdir/designsystemet-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostView } from '../api/types';

/** Why a member flags a post; the moderation module's FlagReason. */
export const flagReasons = ['SPAM', 'PATIENT_DATA', 'OFFENSIVE', 'OFF_TOPIC', 'OTHER'] as const;
export type FlagReason = (typeof flagReasons)[number];
export type FlagResult = 'thanks' | 'thanksHidden' | 'already';

// The dialog (five reasons and a note, the form and schema libraries) is its own chunk, loaded
// when first opened: a topic shows twenty posts, and a reader on a slow phone seldom flags
// (ADR 0021; issue 14).
const FlagDialog = lazy(() => import('./flag-dialog').then((m) => ({ default: m.FlagDialog })));

/**
 * "Flag" on someone else's post: a modal dialog with the reasons and an optional note, sent to
 * the moderation API (POST /posts/{id}/flags). A repeat flag (409 already-flagged) is told as such.
 * It stays mounted when the flag hides the post (`canFlag` false), so the thanks stay on screen.
 */
export function FlagPost({ post, canFlag }: { post: PostView; canFlag: boolean }) {
  const { t } = useTranslation('forum');
  const [result, setResult] = useState<FlagResult | null>(null);
  // How often the button was pressed: each press builds the dialog afresh (a new key), which opens
  // it; after closing, the last one stays, so the browser returns the focus to this button.
  const [opened, setOpened] = useState(0);

  if (!result && !canFlag) return null;
  return (
    <>
      {result ? (
        <span className="hb-muted hb-count" role="status">
          {t(`flag.${result}`)}
        </span>
      ) : (
        <Button
          variant="tertiary"
          data-size="sm"
          aria-label={t('flag.actionLabel', { n: post.postNumber })}
          aria-haspopup="dialog"
          onClick={() => setOpened((n) => n + 1)}
        >
          {t('flag.action')}
        </Button>
      )}
      {opened > 0 ? (
        <Suspense fallback={null}>
          <FlagDialog key={opened} post={post} onResult={setResult} />
        </Suspense>
      ) : null}
    </>
  );
}
