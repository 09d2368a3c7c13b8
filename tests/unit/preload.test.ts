import { beforeEach, describe, expect, test, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../electron/shared/contract';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn((..._args: unknown[]) => Promise.resolve('reply'));
const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();

vi.mock('electron', () => ({
  webUtils: { getPathForFile: (file: { path: string }) => file.path },
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, fn: (event: unknown, ...args: unknown[]) => void) => listeners.set(channel, fn),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

/** Channels only the projector's window uses: the app's window has no method for them. */
const PROJECTOR_ONLY: ReadonlyArray<string> = ['projectorLanguage', 'sendPresentationCommand'];

describe('preload', () => {
  beforeEach(async () => {
    await import('../../electron/preload/index');
  });

  test('exposes exactly the contract as window.api, and nothing of ipcRenderer', () => {
    const api = exposed['api'] as Record<string, unknown>;
    expect(Object.keys(exposed)).toEqual(['api']);
    // importFilePath is reached only through importDroppedFile, which turns a File into its path.
    const methods = [
      ...Object.keys(INVOKE_CHANNELS).filter((m) => m !== 'importFilePath' && !PROJECTOR_ONLY.includes(m)),
      'importDroppedFile',
      'onMenuCommand',
      'onFileImported',
      'onPresentationCommand',
      'onPresentationEvent',
      'onClassProgress',
    ];
    expect(Object.keys(api).sort()).toEqual(methods.sort());
    for (const v of Object.values(api)) expect(typeof v).toBe('function');
  });

  test('each method invokes its own channel with its arguments', async () => {
    const api = exposed['api'] as Record<string, (...a: unknown[]) => Promise<unknown>>;
    for (const [method, channel] of Object.entries(INVOKE_CHANNELS)) {
      if (method === 'importFilePath' || PROJECTOR_ONLY.includes(method)) continue;
      invoke.mockClear();
      const noArgs = [
        'getStartInfo',
        'listSummaries',
        'importAssessment',
        'readRespondentFile',
        'listDisplays',
        'stopPresentation',
        'cancelClassRead',
        'openClassFile',
        'chooseLogo',
        'getBrand',
        'getPeerComparison',
      ];
      const withArgs: Record<string, unknown[]> = {
        saveClassFile: ['klasse', { paths: ['/a'], classList: ['Kari'] }],
        setClassDueDate: [['/a'], '2026-12-01'],
        setPeerComparison: [true],
        saveCsv: ['plan', 'name', 'a;b'],
        saveWord: ['name', new Uint8Array([0x50, 0x4b])],
        restoreEarlierVersion: ['a1', '2026-11-30'],
        countPlanProgress: [['a1', 'a2']],
      };
      const arg = noArgs.includes(method) ? [] : (withArgs[method] ?? [{ probe: method }]);
      await expect(api[method]!(...arg)).resolves.toBe('reply');
      expect(invoke).toHaveBeenCalledWith(channel, ...arg);
    }
  });

  test('a dropped file is imported by its path', async () => {
    const api = exposed['api'] as { importDroppedFile: (f: unknown) => Promise<unknown> };
    invoke.mockClear();
    await api.importDroppedFile({ path: '/home/kari/plan.somekompass' });
    expect(invoke).toHaveBeenCalledWith(INVOKE_CHANNELS.importFilePath, '/home/kari/plan.somekompass');
  });

  test('import reports from main reach the listener until unsubscribed', () => {
    const api = exposed['api'] as { onFileImported: (l: (r: unknown) => void) => () => void };
    const seen: unknown[] = [];
    const off = api.onFileImported((r) => seen.push(r));
    listeners.get(EVENT_CHANNELS.fileImported)!({}, { kind: 'cancelled' });
    expect(seen).toEqual([{ kind: 'cancelled' }]);
    off();
    expect(listeners.has(EVENT_CHANNELS.fileImported)).toBe(false);
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

  test('presentation events are filtered; state and keys reach their listeners', () => {
    const api = exposed['api'] as Record<string, (l: (x: unknown) => void) => () => void>;
    const events: unknown[] = [];
    const offEvents = api['onPresentationEvent']!((e) => events.push(e));
    const fire = listeners.get(EVENT_CHANNELS.presentationEvent)!;
    fire({}, 'ended');
    fire({}, 'format disk');
    expect(events).toEqual(['ended']);
    offEvents();
    expect(listeners.has(EVENT_CHANNELS.presentationEvent)).toBe(false);
    const commands: unknown[] = [];
    api['onPresentationCommand']!((c) => commands.push(c));
    listeners.get(EVENT_CHANNELS.presentationCommand)!({}, { kind: 'next' });
    expect(commands).toEqual([{ kind: 'next' }]);
  });
});

describe("the projector window's preload", () => {
  test('exposes exactly the projector: its language, its slides, its keys; nothing of window.api', async () => {
    for (const key of Object.keys(exposed)) delete exposed[key];
    vi.resetModules();
    await import('../../electron/preload/projector');
    expect(Object.keys(exposed)).toEqual(['projector']);
    const projector = exposed['projector'] as Record<string, (...a: unknown[]) => unknown>;
    expect(Object.keys(projector).sort()).toEqual(['getLanguage', 'onSlide', 'sendKey']);
    invoke.mockClear();
    await expect(projector['getLanguage']!()).resolves.toBe('reply');
    await expect(projector['sendKey']!({ kind: 'next' })).resolves.toBe('reply');
    expect(invoke.mock.calls).toEqual([[INVOKE_CHANNELS.projectorLanguage], [INVOKE_CHANNELS.sendPresentationCommand, { kind: 'next' }]]);
    const slides: unknown[] = [];
    const off = projector['onSlide']!((s: unknown) => slides.push(s)) as () => void;
    listeners.get(EVENT_CHANNELS.presentationState)!({}, { slide: { index: 0 }, language: 'sv' });
    expect(slides).toEqual([{ slide: { index: 0 }, language: 'sv' }]);
    off();
    expect(listeners.has(EVENT_CHANNELS.presentationState)).toBe(false);
  });

  test("the app's window hears no slides and sends no projector keys", async () => {
    for (const key of Object.keys(exposed)) delete exposed[key];
    vi.resetModules();
    await import('../../electron/preload/index');
    const api = exposed['api'] as Record<string, unknown>;
    for (const method of ['onPresentationState', 'sendPresentationCommand', 'projectorLanguage', 'onSlide', 'sendKey'])
      expect(api[method], method).toBeUndefined();
  });
});
