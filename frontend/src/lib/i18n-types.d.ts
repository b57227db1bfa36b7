import 'i18next';
import type common from '../locales/nb/common.json';

// Norwegian bokmål is the source of keys: a key missing there is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
    };
  }
}
