import { useState, type ReactNode } from 'react';
import { useMediaQuery } from '@/lib/use-media-query';

/**
 * A list's filters: as they are where the screen has room (`wide`), folded under their title on a
 * narrower one, so the list is not a screen further down on a phone (search's filters, the mentor
 * directory's). The fold starts open when filters are chosen (a shared link that narrows the list
 * shows why), and its title says how many; a member who folds or unfolds it keeps it so.
 * `drawnWhenOpened`: filters that write each change to the address (no form of their own) are drawn
 * only while the fold is open, not in a closed fold on a phone's first page (ADR 0022: the mentor
 * directory's were ~110 of its page's 140 elements, and inserting Designsystemet's fields, styled
 * with `:has()`, was the longest task of the page's first commit).
 */
export function FiltersFold({
  wide = '(min-width: 36rem)',
  title,
  level,
  titleId,
  titleClassName,
  titleWhenWide = false,
  chosen,
  chosenText,
  drawnWhenOpened = false,
  children,
}: {
  /**
   * The media query where the filters are shown unfolded: by default where a row of filters fits
   * (36rem); search's, beside its results, only from 1024px.
   */
  wide?: string;
  title: string;
  level: 2 | 3;
  titleId?: string;
  titleClassName?: string;
  /** Whether the title is shown where the filters are unfolded (a row of filters needs none). */
  titleWhenWide?: boolean;
  /** How many filters are chosen. */
  chosen: number;
  chosenText: (n: number) => string;
  /** Draws the filters only while the fold is open (filters outside a form). */
  drawnWhenOpened?: boolean;
  children: ReactNode;
}) {
  const unfolded = useMediaQuery(wide);
  // Only the first render decides: a member who folds or unfolds it keeps it so.
  const [startOpen] = useState(chosen > 0);
  const [open, setOpen] = useState(startOpen);
  const Heading = level === 2 ? 'h2' : 'h3';
  const heading = (
    <Heading id={titleId} className={titleClassName}>
      {title}
      {!unfolded && chosen > 0 ? <span className="hb-muted"> ({chosenText(chosen)})</span> : null}
    </Heading>
  );
  if (unfolded) {
    return (
      <>
        {titleWhenWide ? heading : null}
        {children}
      </>
    );
  }
  return (
    <details className="hb-fold" open={startOpen} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{heading}</summary>
      {open || !drawnWhenOpened ? children : null}
    </details>
  );
}
