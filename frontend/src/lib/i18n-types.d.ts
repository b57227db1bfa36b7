import 'i18next';
import type accounts from '../locales/nb/accounts.json';
import type common from '../locales/nb/common.json';
import type forum from '../locales/nb/forum.json';
import type groups from '../locales/nb/groups.json';
import type insights from '../locales/nb/insights.json';
import type mentoring from '../locales/nb/mentoring.json';
import type moderation from '../locales/nb/moderation.json';
import type notifications from '../locales/nb/notifications.json';
import type profiles from '../locales/nb/profiles.json';
import type search from '../locales/nb/search.json';

// Norwegian bokmål is the source of keys: a key missing there is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      accounts: typeof accounts;
      profiles: typeof profiles;
      forum: typeof forum;
      moderation: typeof moderation;
      mentoring: typeof mentoring;
      groups: typeof groups;
      insights: typeof insights;
      notifications: typeof notifications;
      search: typeof search;
    };
  }
}
