// js-yaml's loader and core schema on their own: the bundles then leave out its dumper (~8 KB),
// which nothing here uses. Typed from the package's own declarations.
declare module 'js-yaml/lib/js-yaml/loader.js' {
  export { safeLoad } from 'js-yaml';
}

declare module 'js-yaml/lib/js-yaml/schema/core.js' {
  import type { Schema } from 'js-yaml';

  const CORE_SCHEMA: Schema;
  export = CORE_SCHEMA;
}
