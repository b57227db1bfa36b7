import { Card, Heading } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { MentorSummary } from '../api/types';
import { MentorFacts } from './mentor-facts';
import { PlacesTag } from './places-tag';

interface Props {
  mentor: MentorSummary;
  headingLevel?: 2 | 3 | 4;
  /** Shown between the heading and the facts, e.g. the match score. */
  lead?: ReactNode;
  children?: ReactNode;
}

/** A mentor in a list: name (a link to their page), free places and the main facts. */
export function MentorCard({ mentor, headingLevel = 3, lead, children }: Props) {
  return (
    <Card className="hb-mentor-card" data-color="neutral">
      <div className="hb-mentor-card__head">
        <Heading level={headingLevel} data-size="xs">
          <Link to={`/mentoring/mentors/${mentor.id}`} className="ds-link">
            {mentor.displayName}
          </Link>
        </Heading>
        <PlacesTag mentor={mentor} />
      </div>
      {lead}
      <MentorFacts mentor={mentor} />
      {children}
    </Card>
  );
}
