// The shape of a screen's catalog: English is complete by definition; Russian and Kyrgyz must have
// every key, except the plural forms Kyrgyz does not use (Intl.PluralRules('ky') knows only `one`
// and `other`, so `_few` and `_many` would never be read).
type KyrgyzKey<K extends string> = Exclude<K, `${string}_few` | `${string}_many`>;
export type Catalog<K extends string> = { en: Record<K, string>; ru: Record<K, string>; ky: Record<KyrgyzKey<K>, string> };
