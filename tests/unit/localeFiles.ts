import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LOCALES_DIR = resolve(import.meta.dirname, '..', '..', 'locales');
export type Tree = { [k: string]: unknown };

export function loadNamespace(lng: string, ns: string): Tree {
  return JSON.parse(readFileSync(join(LOCALES_DIR, lng, `${ns}.json`), 'utf8')) as Tree;
}

export function namespaces(lng: string): string[] {
  return readdirSync(join(LOCALES_DIR, lng))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

/** Flattens to dotted keys; arrays as `key.0`, `key.1`, ... */
export function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (v: unknown, key: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${key}.${i}`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, key ? `${key}.${k}` : k);
    else out.set(key, v);
  };
  walk(tree, prefix);
  return out;
}

export function lookup(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Tree)[k] : undefined), tree);
}
