import { createContext, useContext, type ReactNode } from 'react';

/**
 * Places where one feature shows another's part without importing it (features do not import
 * each other): the app fills them (src/app/router.tsx), a page renders the slot.
 */
export interface FeatureSlots {
  /** Shown beside a topic being written: topics like it (search). */
  similarTopics?: (props: { title: string; body: string }) => ReactNode;
  /** Shown at the foot of a topic page: related topics (search). */
  relatedTopics?: (props: { topicId: number }) => ReactNode;
  /** Shown on search results narrowed to one tag or one category: its follow button (forum). */
  follow?: (props: FollowSlotProps) => ReactNode;
}

/** What to offer to follow: a tag by its name or a category by its slug. */
export type FollowSlotProps = { tag: string } | { category: string };

const SlotsContext = createContext<FeatureSlots>({});

export const SlotsProvider = SlotsContext.Provider;

export function SimilarTopicsSlot(props: { title: string; body: string }) {
  const slots = useContext(SlotsContext);
  return slots.similarTopics ? <>{slots.similarTopics(props)}</> : null;
}

export function RelatedTopicsSlot(props: { topicId: number }) {
  const slots = useContext(SlotsContext);
  return slots.relatedTopics ? <>{slots.relatedTopics(props)}</> : null;
}

export function FollowSlot(props: FollowSlotProps) {
  const slots = useContext(SlotsContext);
  return slots.follow ? <>{slots.follow(props)}</> : null;
}
