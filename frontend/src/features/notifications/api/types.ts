/** Types of the notifications API (backend no.helsebro.notifications): the OpenAPI document's schemas. */
import type { ApiSchema } from '@/lib/api-schema';

export type NotificationKind = ApiSchema<'NotificationKind'>;

export type NotificationType = ApiSchema<'NotificationType'>;

export type Delivery = ApiSchema<'Delivery'>;

export type NotificationItem = ApiSchema<'NotificationView'>;

export type NotificationPage = ApiSchema<'NotificationPage'>;

export type NotificationSettings = ApiSchema<'NotificationSettings'>;
