/**
 * The electron-builder configuration (`build` in package.json) cannot be run here (it downloads Electron), so it is
 * checked instead: against electron-builder's own JSON schema, and for the things the app relies on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FILE_EXTENSION } from '../../renderer/src/domain/files/fileFormatBasics';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(root + path, 'utf8'));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const asObject = (v: unknown, what: string): JsonObject => {
  if (!isObject(v)) throw new Error(`${what} is not an object`);
  return v;
};
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v == null ? [] : [v]);
const str = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? 'undefined'));
/** A target list may hold names or `{ target: name }` objects. */
const targetNames = (v: unknown): string[] => asArray(v).map((t) => (isObject(t) ? str(t['target']) : str(t)));

const pkg = asObject(readJson('package.json'), 'package.json');
const build = asObject(pkg['build'], 'package.json "build"');
const schema = asObject(readJson('node_modules/app-builder-lib/scheme.json'), 'scheme.json');

/**
 * The subset of JSON Schema (draft 7) that electron-builder's scheme.json uses: $ref to #/definitions, anyOf,
 * type, enum, const, properties, additionalProperties, required, items (list or tuple), min/maxItems.
 * `typeof: "function"` (hooks given in JS config files) never matches JSON. Returns the errors, empty when valid.
 */
function validate(value: unknown, s: JsonObject, path = 'build'): string[] {
  if (typeof s['$ref'] === 'string') {
    const name = s['$ref'].replace('#/definitions/', '');
    return validate(value, asObject(asObject(schema['definitions'], 'definitions')[name], s['$ref']), path);
  }
  if (Array.isArray(s['anyOf'])) {
    const results = s['anyOf'].map((sub) => validate(value, asObject(sub, 'anyOf'), path));
    if (results.some((r) => r.length === 0)) return [];
    // Report the branch that came closest: one of the right type with the fewest errors.
    const distance = (r: string[]): number => (r.some((e) => e.startsWith(`${path}: expected`)) ? Infinity : r.length);
    return results.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  }
  if (s['typeof'] === 'function') return [`${path}: must be a function (only possible in a JS config)`];
  if (s['type'] !== undefined) {
    const types = asArray(s['type']);
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
      return [`${path}: expected ${types.join('|')}, got ${actual}`];
    }
  }
  if (Array.isArray(s['enum']) && !s['enum'].includes(value as Json)) {
    return [`${path}: not one of ${s['enum'].map(str).join(', ')}`];
  }
  if ('const' in s && s['const'] !== value) return [`${path}: must be ${JSON.stringify(s['const'])}`];
  const errors: string[] = [];
  if (isObject(value)) {
    const props = isObject(s['properties']) ? s['properties'] : {};
    for (const key of asArray(s['required'])) {
      if (!(str(key) in value)) errors.push(`${path}: missing ${str(key)}`);
    }
    for (const [key, v] of Object.entries(value)) {
      const p = props[key];
      if (isObject(p)) errors.push(...validate(v, p, `${path}.${key}`));
      else if (s['additionalProperties'] === false) errors.push(`${path}: unknown option "${key}"`);
      else if (isObject(s['additionalProperties'])) errors.push(...validate(v, s['additionalProperties'], `${path}.${key}`));
    }
  }
  if (Array.isArray(value)) {
    if (typeof s['minItems'] === 'number' && value.length < s['minItems']) errors.push(`${path}: too few items`);
    if (typeof s['maxItems'] === 'number' && value.length > s['maxItems']) errors.push(`${path}: too many items`);
    const items = s['items'];
    value.forEach((v, i) => {
      const itemSchema = Array.isArray(items) ? items[i] : items;
      if (isObject(itemSchema)) errors.push(...validate(v, itemSchema, `${path}[${i}]`));
    });
  }
  return errors;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return null;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder configuration', () => {
  it('matches electron-builder’s JSON schema', () => {
    expect(validate(build, schema)).toEqual([]);
  });

  it('the schema check catches a misspelt option and a wrong type', () => {
    const linux = asObject(build['linux'], 'linux');
    expect(validate({ ...build, linux: { ...linux, categroy: 'Office' } }, schema)).toContain('build.linux: unknown option "categroy"');
    expect(validate({ ...build, asar: 'yes' }, schema).length).toBeGreaterThan(0);
    expect(validate({ ...build, fileAssociations: [{ name: 'no ext' }] }, schema).length).toBeGreaterThan(0);
  });

  it('sets the Electron fuses that harden the shipped binary (issue 8)', () => {
    const fuses = asObject(build['electronFuses'], 'electronFuses');
    expect(fuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
    // The schema knows every one of them, with the right type.
    expect(validate({ ...build, electronFuses: { ...fuses, runAsNode: 'no' } }, schema).length).toBeGreaterThan(0);
    expect(validate({ ...build, electronFuses: { ...fuses, runAsNod: false } }, schema).length).toBeGreaterThan(0);
  });

  it('names the app and puts installers in dist/', () => {
    expect(build['appId']).toBe('no.somekompass.app');
    expect(build['productName']).toBe('SoMe-kompass');
    expect(build['asar']).toBe(true);
    expect(asObject(build['directories'], 'directories')).toMatchObject({ output: 'dist', buildResources: 'electron/resources' });
  });

  it('builds AppImage and deb on Linux, NSIS on Windows, dmg on macOS', () => {
    const linux = asObject(build['linux'], 'linux');
    expect(targetNames(linux['target'])).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(linux['category']).toBe('Office');
    // The deb needs a maintainer with an email address (or the author's).
    expect(str(linux['maintainer'])).toMatch(/<[^@\s>]+@[^@\s>]+>/);
    expect(targetNames(asObject(build['win'], 'win')['target'])).toContain('nsis');
    expect(asObject(build['nsis'], 'nsis')).toMatchObject({ oneClick: false, perMachine: false });
    const mac = asObject(build['mac'], 'mac');
    expect(targetNames(mac['target'])).toContain('dmg');
    expect(mac['category']).toBe('public.app-category.productivity');
  });

  it('associates the app’s own file extension', () => {
    const associations = asArray(build['fileAssociations']).map((a) => asObject(a, 'fileAssociation'));
    const ours = associations.find((a) => asArray(a['ext']).includes(FILE_EXTENSION));
    expect(ours, `no file association for .${FILE_EXTENSION}`).toBeDefined();
    expect(ours).toMatchObject({ ext: FILE_EXTENSION, role: 'Editor', mimeType: 'application/x-somekompass' });
    expect(str(ours?.['name'])).not.toBe('');
  });

  it('has an icon: a PNG of at least 512×512', () => {
    const icon = str(build['icon']);
    expect(icon).toBe('electron/resources/icon.png');
    expect(existsSync(root + icon)).toBe(true);
    const size = pngSize(readFileSync(root + icon));
    expect(size, `${icon} is not a PNG`).not.toBeNull();
    expect(size!.width).toBeGreaterThanOrEqual(512);
    expect(size!.height).toBeGreaterThanOrEqual(512);
    expect(existsSync(root + 'electron/resources/icon.svg')).toBe(true);
  });

  it('ships the built app and no source maps, and main points into it', () => {
    const files = asArray(build['files']).map(str);
    expect(files).toContain('out/**');
    expect(files).toContain('!**/*.map');
    // Sources and locales are bundled by electron-vite into out/; they are not shipped on their own.
    expect(files.some((f) => /^(electron|renderer|locales|tests|scripts)\//.test(f))).toBe(false);
    expect(str(pkg['main'])).toMatch(/^out\/.+\.js$/);
  });

  it('has the scripts that build installers and the icon', () => {
    const scripts = asObject(pkg['scripts'], 'scripts');
    expect(scripts['dist']).toBe('electron-vite build && electron-builder');
    expect(str(scripts['icon'])).toContain('scripts/make-icon.ts');
  });

  it('names an author with an email address (deb maintainer, Windows publisher)', () => {
    expect(str(asObject(pkg['author'], 'author')['email'])).toMatch(/^[^@\s]+@[^@\s]+$/);
  });
});

describe('pngSize', () => {
  it('reads the IHDR size and rejects non-PNG bytes', () => {
    const header = Buffer.alloc(24);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
    header.write('IHDR', 12, 'latin1');
    header.writeUInt32BE(640, 16);
    header.writeUInt32BE(480, 20);
    expect(pngSize(header)).toEqual({ width: 640, height: 480 });
    expect(pngSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/> and some more bytes'))).toBeNull();
  });
});
