import { ProblemAlert } from '@/components/ui/live-alert';
import { useToggleProblem } from './problems';

/**
 * Says beside one or more toggles (`useToggle`) that the last change of one of them did not take,
 * and why, instead of the toggle turning back in silence. Nothing while every change took.
 */
export function ToggleProblemAlert({
  toggles,
}: {
  toggles: ReadonlyArray<{ call: { isError: boolean; error: unknown } }>;
}) {
  const problem = useToggleProblem();
  const failed = toggles.find((toggle) => toggle.call.isError);
  return failed ? <ProblemAlert call={failed.call} text={problem} size="sm" /> : null;
}
