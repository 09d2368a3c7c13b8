import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { APP_ENTRY, contentTypeOf, resolveAppRequest } from '../../electron/main/appProtocol';

const base = mkdtempSync(join(tmpdir(), 'some-kompass-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html>');
writeFileSync(join(root, 'assets', 'index-abc.js'), 'export {}');
writeFileSync(join(base, 'secret.txt'), 'not for the renderer');
symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.js'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app://bundle/ serves the built renderer and nothing else', () => {
  test('the entry and its assets', () => {
    expect(resolveAppRequest(APP_ENTRY, root)).toBe(join(root, 'index.html'));
    expect(resolveAppRequest('app://bundle/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppRequest('app://bundle/assets/index-abc.js?v=1#x', root)).toBe(join(root, 'assets', 'index-abc.js'));
    expect(contentTypeOf('a/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8');
  });

  test.each([
    'app://bundle/../secret.txt',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/%2E%2E%2Fsecret.txt',
    'app://bundle/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://bundle/..%5Csecret.txt',
    'app://bundle/assets\\..\\..\\secret.txt',
    'app://bundle/%00index.html',
    'app://bundle/index.html%00.js',
    'app://bundle/%E0%A4%A',
    'app://bundle/assets/link.js',
    'app://bundle/assets',
    'app://bundle/missing.js',
    'app://evil/index.html',
    'app://bundle.evil/index.html',
    'file:///etc/passwd',
    `file://${join(root, 'index.html')}`,
    'https://bundle/index.html',
    'app:///etc/passwd',
    'app://bundle//etc/passwd',
    'not a url',
  ])('%s is refused', (url) => expect(resolveAppRequest(url, root)).toBeNull());
});
