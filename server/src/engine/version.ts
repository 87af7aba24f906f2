/**
 * The engine version packs declare compatibility with (`engine:` in pack.yaml).
 */
export const ENGINE_VERSION = '0.1.0';
