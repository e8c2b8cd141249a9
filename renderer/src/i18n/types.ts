// The shape of a screen's catalog: English is complete by definition; Russian must have every key;
// Kyrgyz may leave keys out (they fall back to Russian).
export type Catalog<K extends string> = { en: Record<K, string>; ru: Record<K, string>; ky: Partial<Record<K, string>> };
