/** Mirrors the groups API (backend no.helsebro.groups). */
export type GroupKind = 'REGION' | 'SYSTEM' | 'CUSTOM';
import type { ApiSchema } from '@/lib/api-schema';

export type Group = ApiSchema<'GroupView'>;

export interface GroupTopic {
  topicId: number;
  kind: 'QUESTION' | 'STORY' | 'TRAINING';
  title: string;
  authorName: string | null;
  createdAt: string;
  replyCount: number;
  solved: boolean;
  askedOfGroup: number | null;
}

export interface MyGroups {
  groups: Group[];
  askedOfMyGroups: GroupTopic[];
}

export type TermRef = ApiSchema<'TermRef'>;

export interface MemberCard {
  id: number;
  displayName: string;
  title: string | null;
  organisation: string | null;
  background: TermRef | null;
  workplaceType: TermRef | null;
  region: TermRef | null;
}

export interface MemberPage {
  items: MemberCard[];
  page: number;
  size: number;
  total: number;
}

export interface Category {
  id: number;
  slug: string;
  nameNb: string;
  nameEn: string;
  archived: boolean;
}
