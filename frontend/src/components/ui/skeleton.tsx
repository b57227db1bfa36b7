import type { SkeletonProps } from '@digdir/designsystemet-react';
import { useState } from 'react';

/**
 * One full period of Designsystemet's skeleton fade (0.8 s there and back, 1.6 s each way with
 * reduced motion), in ms: every skeleton's fade is set this far into its cycle from the page's
 * time origin, so all of them fade together, whenever each was drawn.
 */
const cycle = 3_200;

/**
 * Designsystemet's Skeleton (the same markup and classes, `Skeleton` from
 * @digdir/designsystemet-react with `width`, `height`, `variant`), without its hook that keeps the
 * fades in step: that hook calls `document.getAnimations()` in a layout effect for each skeleton,
 * and each call makes the browser recompute the page's styles in the middle of drawing it — about
 * 120 ms of a slow phone's main thread on the mentor page's loading state (Lighthouse, ADR 0022
 * addendum). Here the fades are kept in step by a negative animation delay from the page's clock.
 */
export function Skeleton({
  className,
  height,
  style,
  variant,
  width,
  ...rest
}: Omit<SkeletonProps, 'asChild' | 'characters'>) {
  const isText = variant === 'text';
  // Set once, when it is drawn: a later render does not move its fade.
  const [animationDelay] = useState(() => `${-Math.round(performance.now() % cycle)}ms`);
  return (
    <span
      aria-hidden="true"
      className={className ? `ds-skeleton ${className}` : 'ds-skeleton'}
      data-text={isText ? '-'.repeat(Number(width) || 1) : undefined}
      data-variant={variant}
      style={isText ? { animationDelay, ...style } : { width, height, animationDelay, ...style }}
      {...rest}
    />
  );
}
