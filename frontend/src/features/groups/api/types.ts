/** Types of the groups API (backend no.helsebro.groups): the OpenAPI document's schemas. */
import type { ApiSchema } from '@/lib/api-schema';

export type GroupKind = ApiSchema<'GroupKind'>;

export type Group = ApiSchema<'GroupView'>;

export type GroupTopic = ApiSchema<'GroupTopicView'>;

export type MyGroups = ApiSchema<'MyGroupsView'>;

export type TermRef = ApiSchema<'TermRef'>;

/** The one member card of the API (the directory's too; features do not import each other). */
export type MemberCard = ApiSchema<'MemberCard'>;

export type MemberPage = ApiSchema<'GroupMemberPage'>;

/** Forum categories to ask in: the forum's category (only these fields are read here). */
export type Category = ApiSchema<'ForumDtos.CategoryView'>;

export type NewGroupInput = ApiSchema<'NewGroupRequest'>;

export type AskInput = ApiSchema<'AskGroupRequest'>;

export type AskedView = ApiSchema<'AskedView'>;
