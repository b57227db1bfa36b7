import { Avatar } from '@digdir/designsystemet-react';
import { initials } from '@/lib/initials';

/** The initials avatar every member has by default; decorative next to the name. */
export function MemberAvatar({ name, size = 'md' }: { name: string; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Avatar aria-hidden="true" data-size={size}>
      {initials(name)}
    </Avatar>
  );
}
