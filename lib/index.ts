/**
 * The public library contract. Re-exports only; importable in plain Node (no DOM, no extension globals).
 */
export * from './types';
