import { describe, expect, it } from 'vitest';
import { toCreateTopicRequest, type TopicDraft } from './use-topic-form';

const draft: TopicDraft = {
  categoryId: '',
  title: '  Hvordan bytter vi journalsystem?  ',
  body: 'Vi går fra ett system til et annet.',
  tags: 'dips, , journal ',
  systemIds: [3],
  workplaceTypeId: '2',
  orgSize: 'SMALL',
  duration: 'MONTHS_3_12',
  story: { context: 'Sykehjem' },
  trainingFormat: 'VIDEO',
  audienceIds: [1],
  linkUrl: ' https://example.org ',
};

describe('toCreateTopicRequest', () => {
  it('sends a question without the fields of stories and trainings', () => {
    const request = toCreateTopicRequest(draft, 'QUESTION', '5');
    expect(request).toMatchObject({
      categoryId: 5,
      kind: 'QUESTION',
      title: 'Hvordan bytter vi journalsystem?',
      tags: ['dips', 'journal'],
      workplaceTypeId: 2,
      orgSize: null,
      duration: null,
      story: null,
      trainingFormat: null,
      audienceIds: [],
      linkUrl: null,
    });
  });

  it('keeps a story its sections, size and duration', () => {
    const request = toCreateTopicRequest(draft, 'STORY', '5');
    expect(request.story).toEqual({ context: 'Sykehjem' });
    expect(request.orgSize).toBe('SMALL');
    expect(request.duration).toBe('MONTHS_3_12');
  });

  it('keeps a training its link (trimmed), format and audiences', () => {
    const request = toCreateTopicRequest(draft, 'TRAINING', '5');
    expect(request).toMatchObject({
      linkUrl: 'https://example.org',
      trainingFormat: 'VIDEO',
      audienceIds: [1],
    });
  });
});
