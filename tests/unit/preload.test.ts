import { beforeEach, describe, expect, test, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../electron/shared/contract';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn((..._args: unknown[]) => Promise.resolve('reply'));
const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, fn: (event: unknown, ...args: unknown[]) => void) => listeners.set(channel, fn),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

describe('preload', () => {
  beforeEach(async () => {
    await import('../../electron/preload/index');
  });

  test('exposes exactly the contract as window.api, and nothing of ipcRenderer', () => {
    const api = exposed['api'] as Record<string, unknown>;
    expect(Object.keys(exposed)).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(INVOKE_CHANNELS), 'onMenuCommand'].sort());
    for (const v of Object.values(api)) expect(typeof v).toBe('function');
  });

  test('each method invokes its own channel with its arguments', async () => {
    const api = exposed['api'] as Record<string, (...a: unknown[]) => Promise<unknown>>;
    for (const [method, channel] of Object.entries(INVOKE_CHANNELS)) {
      invoke.mockClear();
      const arg = method === 'getStartInfo' || method === 'listAssessments' ? [] : [{ probe: method }];
      await expect(api[method]!(...arg)).resolves.toBe('reply');
      expect(invoke).toHaveBeenCalledWith(channel, ...arg);
    }
  });

  test('menu commands are filtered and can be unsubscribed', () => {
    const api = exposed['api'] as { onMenuCommand: (l: (c: string) => void) => () => void };
    const seen: string[] = [];
    const off = api.onMenuCommand((c) => seen.push(c));
    const fire = listeners.get(EVENT_CHANNELS.menuCommand)!;
    fire({}, 'newAssessment');
    fire({}, 'rm -rf /');
    fire({}, { toString: () => 'goHome' });
    expect(seen).toEqual(['newAssessment']);
    off();
    expect(listeners.has(EVENT_CHANNELS.menuCommand)).toBe(false);
  });
});
