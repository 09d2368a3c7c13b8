import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ARGUMENT_SCHEMAS, InvalidIpcArguments, createIpcHandlers } from '../../electron/main/ipcHandlers';
import { isTrustedSender, mayCall, registerIpc, UntrustedSender } from '../../electron/main/ipc';
import { AppStore } from '../../electron/main/services/appStore';
import { createFileActions, type FileActions } from '../../electron/main/services/fileActions';
import { createClassActions, type ClassActions } from '../../electron/main/services/classActions';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { INVOKE_CHANNELS } from '../../electron/shared/contract';
import type { IpcMain, WebFrameMain } from 'electron';
import { snapshot } from './storedFiles';
import { serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import { blankAssessment, fileActionDeps, NOW, noPresentation, recordingPresentation } from './fixtures';
import { projectorSlide } from '../../renderer/src/domain/workshop/presentation';
import { createWorkshopAssessment } from '../../renderer/src/domain/workshop/workshop';
import { ACTIONS, QUESTIONS } from '../../renderer/src/domain/bank';
import { LIMITS } from '../../renderer/src/domain/model/limits';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'some-kompass-ipc-'));
  dirs.push(dir);
  const store = new AppStore(dir, openConfBackend);
  const onUiLanguageChanged = vi.fn();
  const { deps: fileDeps, dialogAnswers } = fileActionDeps(store, dir, {
    newId: () => 'new-id',
    now: () => new Date('2026-11-23T12:00:00Z'),
  });
  const files = createFileActions(fileDeps);
  const handlers = createIpcHandlers({
    store,
    files,
    classes: createClassActions(fileDeps),
    presentation: noPresentation,
    systemLanguage: () => 'nb-NO',
    appVersion: '1.2.3',
    onUiLanguageChanged,
  });
  const file = join(dir, 'some-kompass.json');
  return { store, handlers, file, onUiLanguageChanged, dialogAnswers, dir };
}
/** A stand-in for the calling page: its "PDF" is these bytes, and it counts how often it was printed. */
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7 test');
let prints = 0;
/** Events the handlers sent to the calling page (class-read progress). */
const sent: Array<[string, unknown]> = [];
const caller = {
  printToPdf: (): Promise<Uint8Array> => {
    prints += 1;
    return Promise.resolve(PDF_BYTES);
  },
  send: (channel: string, value: unknown): void => void sent.push([channel, value]),
};
const call = (h: ReturnType<typeof setup>['handlers'], channel: string, ...args: unknown[]) => h[channel]!(args, caller);
const DOCX_BYTES = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);

describe('IPC handlers', () => {
  test('one validated handler per contract channel, and nothing else', () => {
    const { handlers } = setup();
    expect(Object.keys(handlers).sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    expect(Object.keys(ARGUMENT_SCHEMAS).sort()).toEqual(Object.keys(INVOKE_CHANNELS).sort());
  });

  test('valid calls reach the services', () => {
    const { handlers, store, onUiLanguageChanged } = setup();
    const a = blankAssessment('ok-1');
    call(handlers, INVOKE_CHANNELS.saveAssessment, { ...a, notes: { someQuestion: 'n'.repeat(10_000) } });
    expect(store.getAssessment('ok-1')?.notes['someQuestion']).toHaveLength(10_000);
    expect(call(handlers, INVOKE_CHANNELS.listSummaries)).toHaveLength(1);
    call(handlers, INVOKE_CHANNELS.setUiLanguage, 'sv');
    expect(onUiLanguageChanged).toHaveBeenCalledWith('sv');
    expect(call(handlers, INVOKE_CHANNELS.getStartInfo)).toEqual({
      notice: null,
      uiLanguage: 'sv',
      systemLanguage: 'nb-NO',
      appVersion: '1.2.3',
    });
    expect(call(handlers, INVOKE_CHANNELS.deleteAssessment, 'ok-1')).toBe(true);
  });

  test('HTML and script in text fields are stored as the text they are', () => {
    const { handlers, store } = setup();
    const a = blankAssessment('html');
    const name = '<img src=x onerror=alert(1)><script>alert("x")</script>';
    call(handlers, INVOKE_CHANNELS.saveAssessment, { ...a, profile: { ...a.profile, companyName: name } });
    expect(store.getAssessment('html')?.profile.companyName).toBe(name);
  });

  const valid = blankAssessment('v');
  const hostile: Array<[string, unknown[]]> = [
    ['no argument', []],
    ['two arguments', [valid, valid]],
    ['null', [null]],
    ['a string', ['{"id":"x"}']],
    ['an array', [[valid]]],
    ['unknown key', [{ ...valid, isAdmin: true }]],
    ['__proto__ key in answers', [{ ...valid, answers: JSON.parse('{"__proto__": {"kind": "dontKnow"}}') as object }]],
    ['constructor key in notes', [{ ...valid, notes: { constructor: 'x' } }]],
    ['wrong type for id', [{ ...valid, id: 42 }]],
    ['id with path characters', [{ ...valid, id: '../../etc/passwd' }]],
    ['missing profile', [{ ...valid, profile: undefined }]],
    ['a 100,000-character company name', [{ ...valid, profile: { ...valid.profile, companyName: 'x'.repeat(100_000) } }]],
    ['a note over the limit', [{ ...valid, notes: { q: 'x'.repeat(20_001) } }]],
    [
      '10,000 answers',
      [{ ...valid, answers: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`q${i}`, { kind: 'dontKnow' }])) }],
    ],
    ['scale level 5', [{ ...valid, answers: { q: { kind: 'scale', level: 5 } } }]],
    ['infinite number', [{ ...valid, answers: { q: { kind: 'number', value: Infinity } } }]],
    ['unknown answer kind', [{ ...valid, answers: { q: { kind: 'eval', code: 'x' } } }]],
    ['bad plan language', [{ ...valid, planLanguage: 'en' }]],
    ['bad due date', [{ ...valid, planEdits: { x: { owner: '', due: 'tomorrow', status: 'done', note: '' } } }]],
    ['duplicate channels', [{ ...valid, profile: { ...valid.profile, channels: ['facebook', 'facebook'] } }]],
    ['hours over a week', [{ ...valid, profile: { ...valid.profile, hoursPerWeek: 500 } }]],
    ['date that is not a date', [{ ...valid, createdAt: 'yesterday' }]],
    ['an answer to a question the bank does not have', [{ ...valid, answers: { noSuchQuestion: { kind: 'scale', level: 2 } } }]],
    ["a number outside the question's range", [{ ...valid, answers: { replyTimeInOpeningHours: { kind: 'number', value: 9999 } } }]],
    [
      '"not applicable" where the question does not allow it',
      [{ ...valid, answers: { goalsLinkedToBusiness: { kind: 'notApplicable' } } }],
    ],
    ['an option the question does not have', [{ ...valid, answers: { writtenSocialPlan: { kind: 'choice', option: 'magic' } } }]],
    [
      'a due date that is not a real day',
      [{ ...valid, planEdits: { writeSocialGoals: { owner: '', due: '2027-02-30', status: 'done', note: '' } } }],
    ],
    [
      'a plan edit for an action the app does not know',
      [{ ...valid, planEdits: { noSuchAction: { owner: '', due: '', status: 'done', note: '' } } }],
    ],
  ];
  test.each(hostile)('saveAssessment refuses %s and the data folder stays byte-for-byte the same', (_label, args) => {
    const { handlers, dir, store } = setup();
    store.saveAssessment(blankAssessment('existing'));
    const before = JSON.stringify(snapshot(dir));
    expect(() => call(handlers, INVOKE_CHANNELS.saveAssessment, ...args)).toThrow(InvalidIpcArguments);
    expect(JSON.stringify(snapshot(dir))).toBe(before);
  });

  test.each([[[]], [[42]], [['']], [['a/b']], [['x'.repeat(101)]], [['ok', 'extra']]])('deleteAssessment refuses %j', (args) => {
    const { handlers } = setup();
    expect(() => call(handlers, INVOKE_CHANNELS.deleteAssessment, ...args)).toThrow(InvalidIpcArguments);
  });

  test.each([[[]], [['en']], [[null]], [[{ toString: (): string => 'nb' }]]])('setUiLanguage refuses %j', (args) => {
    const { handlers } = setup();
    expect(() => call(handlers, INVOKE_CHANNELS.setUiLanguage, ...args)).toThrow(InvalidIpcArguments);
  });

  test.each([
    [['pdf', 'x', 'a;b']],
    [['plan', 'x']],
    [['plan', 'x'.repeat(201), 'a']],
    [['plan', 'x', 'y'.repeat(20_000_001)]],
    [['plan', { name: 'x' }, 'a']],
  ])('saveCsv refuses %#', (args) => {
    const { handlers } = setup();
    expect(() => call(handlers, INVOKE_CHANNELS.saveCsv, ...args)).toThrow(InvalidIpcArguments);
  });

  test.each([[[]], [['']], [[42]], [['/x'.repeat(3000)]]])('importFilePath refuses %#', (args) => {
    const { handlers } = setup();
    expect(() => call(handlers, INVOKE_CHANNELS.importFilePath, ...args)).toThrow(InvalidIpcArguments);
  });

  test.each([
    ['a network (UNC) path', '//server/share/a.somekompass', 'network (UNC) paths are not opened'],
    ['a relative path', 'a.somekompass', 'path is not absolute'],
    ['a folder', '/tmp', 'the path is a folder'],
  ])('importFilePath does not open %s, and says so', async (_label, path, detail) => {
    const { handlers, store } = setup();
    const result = (await call(handlers, INVOKE_CHANNELS.importFilePath, path)) as {
      kind: string;
      error: { code: string; detail: string };
    };
    expect(result).toMatchObject({ kind: 'failed', error: { code: 'unreadable', detail } });
    expect(store.listAssessments()).toEqual([]);
  });

  test('an earlier version is listed by day and restored as a new assessment; bad days are refused', async () => {
    const { handlers, store } = setup();
    store.saveAssessment({ ...blankAssessment('orig'), planLanguage: 'sv' });
    const days = call(handlers, INVOKE_CHANNELS.listEarlierVersions, 'orig') as string[];
    expect(days).toHaveLength(1);
    const result = (await call(handlers, INVOKE_CHANNELS.restoreEarlierVersion, 'orig', days[0])) as {
      kind: string;
      assessment: { id: string };
    };
    expect(result).toMatchObject({ kind: 'imported', assessment: { id: 'new-id', planLanguage: 'sv' } });
    expect(
      store
        .listAssessments()
        .map((a) => a.id)
        .sort(),
    ).toEqual(['new-id', 'orig']);
    expect(await call(handlers, INVOKE_CHANNELS.restoreEarlierVersion, 'orig', '1999-01-01')).toMatchObject({
      kind: 'failed',
      error: { code: 'vanished' },
    });
    for (const bad of ['2026-11-30/../x', '../../etc', '', 'today'])
      expect(() => call(handlers, INVOKE_CHANNELS.restoreEarlierVersion, 'orig', bad)).toThrow(InvalidIpcArguments);
  });

  test('saveCsv writes what the dialog chose and remembers the folder; cancel writes nothing', async () => {
    const { handlers, dialogAnswers, dir, store } = setup();
    const target = join(dir, 'plan.csv');
    dialogAnswers.push(target);
    await expect(call(handlers, INVOKE_CHANNELS.saveCsv, 'plan', 'Plan', '\ufeffa;b\r\n')).resolves.toEqual({
      kind: 'saved',
      path: target,
    });
    expect(readFileSync(target, 'utf8')).toBe('\ufeffa;b\r\n');
    expect(store.getSettings().lastFolder).toBe(dir);
    dialogAnswers.push(null);
    await expect(call(handlers, INVOKE_CHANNELS.saveCsv, 'plan', 'Plan', 'x')).resolves.toEqual({ kind: 'cancelled' });
  });

  test('savePdf asks where first, prints only then, and writes the PDF atomically', async () => {
    const { handlers, dialogAnswers, dir } = setup();
    prints = 0;
    dialogAnswers.push(null);
    await expect(call(handlers, INVOKE_CHANNELS.savePdf, 'Kafé rapport')).resolves.toEqual({ kind: 'cancelled' });
    expect(prints).toBe(0);
    const target = join(dir, 'rapport.pdf');
    dialogAnswers.push(target);
    await expect(call(handlers, INVOKE_CHANNELS.savePdf, 'Kafé rapport')).resolves.toEqual({ kind: 'saved', path: target });
    expect(prints).toBe(1);
    expect(readFileSync(target)).toEqual(Buffer.from(PDF_BYTES));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('savePdf reports a failed print as printFailed and leaves no file', async () => {
    const { handlers, dialogAnswers, dir } = setup();
    const target = join(dir, 'broken.pdf');
    dialogAnswers.push(target);
    const failing = { printToPdf: () => Promise.reject(new Error('renderer gone')), send: () => undefined };
    await expect(handlers[INVOKE_CHANNELS.savePdf]!(['x'], failing)).resolves.toEqual({ kind: 'failed', reason: 'printFailed' });
    expect(existsSync(target)).toBe(false);
  });

  test('saveWord writes the .docx bytes; anything that is not a ZIP is refused', async () => {
    const { handlers, dialogAnswers, dir } = setup();
    const target = join(dir, 'plan.docx');
    dialogAnswers.push(target);
    await expect(call(handlers, INVOKE_CHANNELS.saveWord, 'Plan', DOCX_BYTES)).resolves.toEqual({ kind: 'saved', path: target });
    expect(readFileSync(target)).toEqual(Buffer.from(DOCX_BYTES));
    for (const bad of [new TextEncoder().encode('<html>'), [0x50, 0x4b, 3, 4], 'PK\u0003\u0004', new Uint8Array(0), null]) {
      expect(() => call(handlers, INVOKE_CHANNELS.saveWord, 'Plan', bad)).toThrow(InvalidIpcArguments);
    }
    expect(() => call(handlers, INVOKE_CHANNELS.saveWord, 'x'.repeat(201), DOCX_BYTES)).toThrow(InvalidIpcArguments);
    expect(() => call(handlers, INVOKE_CHANNELS.savePdf)).toThrow(InvalidIpcArguments);
  });

  test('a write that fails reports writeFailed and keeps what was there', async () => {
    const { handlers, dialogAnswers, dir } = setup();
    const missingFolder = join(dir, 'gone', 'plan.docx');
    dialogAnswers.push(missingFolder);
    await expect(call(handlers, INVOKE_CHANNELS.saveWord, 'Plan', DOCX_BYTES)).resolves.toEqual({ kind: 'failed', reason: 'writeFailed' });
  });

  test('an assessment too large for a file is refused as tooLarge when saved, so it can never be exported either', async () => {
    const { handlers, dialogAnswers, dir, store } = setup();
    const a = blankAssessment('big');
    // 20,000 "€" (three bytes each) in the note of every question and action: 6.9 MB, over the 5 MiB import accepts.
    const note = '€'.repeat(LIMITS.note);
    const notes = Object.fromEntries(QUESTIONS.map((q) => [q.id, note]));
    const planEdits = Object.fromEntries(ACTIONS.map((x) => [x.id, { owner: '', due: '', status: 'notStarted' as const, note }]));
    expect(await call(handlers, INVOKE_CHANNELS.saveAssessment, { ...a, notes, planEdits })).toMatchObject({
      ok: false,
      reason: 'tooLarge',
    });
    expect(store.getAssessment('big')).toBeNull();
    dialogAnswers.push(join(dir, 'big.somekompass'));
    await expect(call(handlers, INVOKE_CHANNELS.exportAssessment, 'big')).resolves.toEqual({ kind: 'failed', reason: 'notFound' });
    expect(existsSync(join(dir, 'big.somekompass'))).toBe(false);
  });

  test('calls without arguments refuse extra arguments', () => {
    const { handlers } = setup();
    expect(() => call(handlers, INVOKE_CHANNELS.listSummaries, 'extra')).toThrow(InvalidIpcArguments);
  });

  test('the plan progress is counted for a list of ids, and nothing but such a list is taken', () => {
    const { handlers } = setup();
    call(handlers, INVOKE_CHANNELS.saveAssessment, blankAssessment('ok-1'));
    expect(call(handlers, INVOKE_CHANNELS.countPlanProgress, ['ok-1', 'gone'])).toEqual({ 'ok-1': null });
    for (const bad of ['ok-1', [42], ['../x'], Array.from({ length: 5_001 }, (_, i) => `id-${i}`)])
      expect(() => call(handlers, INVOKE_CHANNELS.countPlanProgress, bad)).toThrow(InvalidIpcArguments);
  });

  test('the error never echoes the input', () => {
    const { handlers } = setup();
    try {
      call(handlers, INVOKE_CHANNELS.deleteAssessment, '<secret>');
    } catch (e) {
      expect((e as Error).message).not.toContain('secret');
    }
  });
});

describe('registering on ipcMain with the sender check', () => {
  test("only the main window's top frame is served", async () => {
    const { store } = setup();
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const ipcMain = {
      handle: (c: string, fn: (event: unknown, ...args: unknown[]) => unknown) => registered.set(c, fn),
    } as unknown as IpcMain;
    const mainFrame = { url: 'file:///app/index.html' } as WebFrameMain;
    registerIpc(
      ipcMain,
      {
        store,
        files: {} as FileActions,
        classes: {} as ClassActions,
        presentation: noPresentation,
        systemLanguage: () => 'sv-SE',
        appVersion: '1',
      },
      () => mainFrame,
    );
    expect([...registered.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    const list = registered.get(INVOKE_CHANNELS.listSummaries)!;
    expect(await list({ senderFrame: mainFrame })).toEqual([]);
    expect(() => list({ senderFrame: { url: 'file:///app/index.html' } })).toThrow(UntrustedSender);
    expect(() => list({ senderFrame: null })).toThrow(UntrustedSender);
  });

  test('the presentation window may ask for the language and send its keys, and nothing else', async () => {
    const { store } = setup();
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const ipcMain = {
      handle: (c: string, fn: (event: unknown, ...args: unknown[]) => unknown) => registered.set(c, fn),
    } as unknown as IpcMain;
    const mainFrame = {} as WebFrameMain;
    const presentationFrame = {} as WebFrameMain;
    const presentation = recordingPresentation();
    registerIpc(
      ipcMain,
      { store, files: {} as FileActions, classes: {} as ClassActions, presentation, systemLanguage: () => 'sv-SE', appVersion: '1' },
      () => mainFrame,
      () => presentationFrame,
    );
    const from = (frame: WebFrameMain) => ({ senderFrame: frame });
    expect(await registered.get(INVOKE_CHANNELS.projectorLanguage)!(from(presentationFrame))).toBe('sv');
    await registered.get(INVOKE_CHANNELS.sendPresentationCommand)!(from(presentationFrame), { kind: 'reveal' });
    expect(presentation.calls).toEqual([['command', { kind: 'reveal' }]]);
    for (const channel of Object.values(INVOKE_CHANNELS).filter(
      (c) => c !== INVOKE_CHANNELS.projectorLanguage && c !== INVOKE_CHANNELS.sendPresentationCommand,
    ))
      expect(() => registered.get(channel)!(from(presentationFrame)), channel).toThrow(UntrustedSender);
    expect(mayCall(INVOKE_CHANNELS.saveAssessment, presentationFrame, mainFrame, presentationFrame)).toBe(false);
    expect(mayCall(INVOKE_CHANNELS.saveAssessment, mainFrame, mainFrame, presentationFrame)).toBe(true);
    // With no presentation open, nothing but the main window is served.
    expect(mayCall(INVOKE_CHANNELS.projectorLanguage, presentationFrame, mainFrame, null)).toBe(false);
  });

  test('isTrustedSender compares frames, not URLs', () => {
    const frame = {} as WebFrameMain;
    expect(isTrustedSender(frame, frame)).toBe(true);
    expect(isTrustedSender({} as WebFrameMain, frame)).toBe(false);
    expect(isTrustedSender(undefined, frame)).toBe(false);
    expect(isTrustedSender(frame, undefined)).toBe(false);
  });
});

/** Handlers with only the store and a recording presentation service: the projector's channels need no files. */
function presentationHandlers(store: AppStore) {
  const presentation = recordingPresentation();
  const handlers = createIpcHandlers({
    store,
    files: {} as FileActions,
    classes: {} as ClassActions,
    presentation,
    systemLanguage: () => 'nb-NO',
    appVersion: '1',
  });
  return { presentation, handlers };
}

describe('workshop channels', () => {
  test('presentation commands and states are validated; the service gets exactly what passed', () => {
    const { store } = setup();
    const { presentation, handlers } = presentationHandlers(store);
    const call = (channel: string, ...args: unknown[]) =>
      handlers[channel]!(args, { printToPdf: () => Promise.resolve(new Uint8Array()), send: () => undefined });
    expect(call(INVOKE_CHANNELS.startPresentation, 2)).toBe('mainWindow');
    const slide = projectorSlide(createWorkshopAssessment('w', NOW, 'nb', true), 3);
    call(INVOKE_CHANNELS.showPresentation, { slide, language: 'sv' });
    call(INVOKE_CHANNELS.sendPresentationCommand, { kind: 'answer', number: 4 });
    expect(presentation.calls).toEqual([
      ['start', 2],
      ['show', slide],
      ['command', { kind: 'answer', number: 4 }],
    ]);
    for (const bad of [{ kind: 'answer', number: 12 }, { kind: 'delete' }, { kind: 'next', extra: 1 }, 'next', null])
      expect(() => call(INVOKE_CHANNELS.sendPresentationCommand, bad)).toThrow(InvalidIpcArguments);
    // The whole assessment (names and notes in it) is no longer what a slide is: refused.
    expect(() => call(INVOKE_CHANNELS.showPresentation, { assessment: blankAssessment(), slide: 1, language: 'nb' })).toThrow(
      InvalidIpcArguments,
    );
    expect(() => call(INVOKE_CHANNELS.showPresentation, { slide: { ...slide, index: -1 }, language: 'nb' })).toThrow(InvalidIpcArguments);
    expect(() => call(INVOKE_CHANNELS.startPresentation, 'projector')).toThrow(InvalidIpcArguments);
    expect(presentation.calls).toHaveLength(3);
  });

  test('a respondent file is read and checked, never stored', async () => {
    const { handlers, dialogAnswers, dir, store } = setup();
    const path = join(dir, 'kari.somekompass');
    const participant = { ...blankAssessment('p1'), answers: { goalsLinkedToBusiness: { kind: 'scale' as const, level: 3 as const } } };
    writeFileSync(path, serializeAssessmentFile(participant, '0.1.0', new Date()));
    dialogAnswers.push(path, join(dir, 'missing.somekompass'), null);
    const call = (channel: string) =>
      handlers[channel]!([], { printToPdf: () => Promise.resolve(new Uint8Array()), send: () => undefined });
    expect(await call(INVOKE_CHANNELS.readRespondentFile)).toMatchObject({
      kind: 'read',
      fileName: 'kari.somekompass',
      assessment: { answers: participant.answers },
    });
    expect(await call(INVOKE_CHANNELS.readRespondentFile)).toMatchObject({ kind: 'failed', error: { code: 'vanished' } });
    expect(await call(INVOKE_CHANNELS.readRespondentFile)).toEqual({ kind: 'cancelled' });
    expect(store.listSummaries()).toEqual([]);
    // Nothing of where the file was is kept: in an anonymous workshop its folder may carry the person's name.
    expect(store.getSettings().lastFolder).toBeNull();
    expect(store.getSettings().recentFiles).toEqual([]);
  });
});

describe('brand channels', () => {
  const fixture = (name: string): Buffer => readFileSync(join(__dirname, '../fixtures/brand', name));
  const storedBrand = (file: string): unknown =>
    existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { settings: { brand?: unknown } }).settings.brand : undefined;
  const brandOf = (logo: string | null) => ({
    name: 'Kari Rådgivning',
    contact: 'kari@example.no',
    accent: '#1a5c8a',
    logo,
    onHomework: false,
    inFiles: false,
  });

  test('a logo is read and checked in main: a PNG and a JPEG come back as data URLs; cancel reads nothing', async () => {
    const { handlers, dialogAnswers, dir } = setup();
    writeFileSync(join(dir, 'logo.png'), fixture('logo.png'));
    writeFileSync(join(dir, 'kunde.jpeg'), fixture('client.jpg'));
    dialogAnswers.push(join(dir, 'logo.png'), join(dir, 'kunde.jpeg'), null);
    const png = (await call(handlers, INVOKE_CHANNELS.chooseLogo)) as { kind: string; dataUrl: string; fileName: string };
    expect(png).toMatchObject({ kind: 'chosen', fileName: 'logo.png' });
    expect(png.dataUrl).toBe(`data:image/png;base64,${fixture('logo.png').toString('base64')}`);
    const jpeg = (await call(handlers, INVOKE_CHANNELS.chooseLogo)) as { kind: string; dataUrl: string };
    expect(jpeg.kind).toBe('chosen');
    expect(jpeg.dataUrl).toBe(`data:image/jpeg;base64,${fixture('client.jpg').toString('base64')}`);
    expect(await call(handlers, INVOKE_CHANNELS.chooseLogo)).toEqual({ kind: 'cancelled' });
    expect(() => call(handlers, INVOKE_CHANNELS.chooseLogo, 'extra')).toThrow(InvalidIpcArguments);
  });

  test('a renamed SVG, a 20 MB PNG, a corrupt JPEG and a missing file are refused, and nothing is stored', async () => {
    const { handlers, dialogAnswers, dir, file } = setup();
    const before = snapshot(dir);
    writeFileSync(join(dir, 'logo.png'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const big = Buffer.alloc(20_000_000);
    fixture('logo.png').copy(big);
    writeFileSync(join(dir, 'stor.png'), big);
    writeFileSync(join(dir, 'ødelagt.jpg'), fixture('client.jpg').subarray(0, 1500));
    dialogAnswers.push(join(dir, 'logo.png'), join(dir, 'stor.png'), join(dir, 'ødelagt.jpg'), join(dir, 'borte.png'));
    expect(await call(handlers, INVOKE_CHANNELS.chooseLogo)).toEqual({ kind: 'failed', fileName: 'logo.png', problem: 'svg' });
    expect(await call(handlers, INVOKE_CHANNELS.chooseLogo)).toEqual({ kind: 'failed', fileName: 'stor.png', problem: 'tooLarge' });
    expect(await call(handlers, INVOKE_CHANNELS.chooseLogo)).toEqual({ kind: 'failed', fileName: 'ødelagt.jpg', problem: 'corrupt' });
    expect(await call(handlers, INVOKE_CHANNELS.chooseLogo)).toEqual({ kind: 'failed', fileName: 'borte.png', problem: 'unreadable' });
    expect(storedBrand(file)).toBeUndefined();
    const after = Object.fromEntries(Object.entries(snapshot(dir)).filter(([name]) => !/\.(png|jpg)$/.test(name)));
    expect(after).toEqual(before);
  });

  test('the brand is stored in the settings file once valid; a light accent or a logo that is not an image changes nothing', () => {
    const { handlers, file } = setup();
    expect(call(handlers, INVOKE_CHANNELS.getBrand)).toBeNull();
    const logo = `data:image/png;base64,${fixture('logo.png').toString('base64')}`;
    expect(call(handlers, INVOKE_CHANNELS.setBrand, brandOf(logo))).toBe(true);
    expect(storedBrand(file)).toEqual(brandOf(logo));
    const svg = `data:image/png;base64,${Buffer.from('<svg/>').toString('base64')}`;
    for (const bad of [
      { ...brandOf(logo), accent: '#ffcc00' },
      brandOf(svg),
      { ...brandOf(logo), extra: 1 },
      { ...brandOf(null), name: 'x'.repeat(121) },
    ])
      expect(() => call(handlers, INVOKE_CHANNELS.setBrand, bad)).toThrow(InvalidIpcArguments);
    expect(call(handlers, INVOKE_CHANNELS.getBrand)).toEqual(brandOf(logo));
    expect(call(handlers, INVOKE_CHANNELS.setBrand, null)).toBe(true);
    expect(call(handlers, INVOKE_CHANNELS.getBrand)).toBeNull();
    expect(storedBrand(file)).toBeUndefined();
  });
});

describe('the comparison setting', () => {
  test('"companies like yours" is off by default, turned on and off in the settings file, and only by a boolean', () => {
    const { handlers, file } = setup();
    const stored = (): unknown =>
      (JSON.parse(readFileSync(file, 'utf8')) as { settings: { peerComparison?: unknown } }).settings.peerComparison;
    expect(call(handlers, INVOKE_CHANNELS.getPeerComparison)).toBe(false);
    expect(call(handlers, INVOKE_CHANNELS.setPeerComparison, true)).toBe(true);
    expect(stored()).toBe(true);
    expect(call(handlers, INVOKE_CHANNELS.getPeerComparison)).toBe(true);
    for (const bad of [['yes'], [1], [null], [], [true, true]])
      expect(() => call(handlers, INVOKE_CHANNELS.setPeerComparison, ...bad)).toThrow(InvalidIpcArguments);
    expect(call(handlers, INVOKE_CHANNELS.getPeerComparison)).toBe(true);
    expect(call(handlers, INVOKE_CHANNELS.setPeerComparison, false)).toBe(true);
    expect(stored()).toBe(false);
    // A restart reads it back; an older settings file without it reads as off.
    expect(new AppStore(join(file, '..'), openConfBackend).getSettings().peerComparison).toBe(false);
  });
});

describe("the projector's brand mark", () => {
  test('a mark with checked logos passes on to the projector; a logo that is not an image, or anything more, is refused', () => {
    const { store } = setup();
    const { presentation, handlers } = presentationHandlers(store);
    const show = (state: unknown) =>
      handlers[INVOKE_CHANNELS.showPresentation]!([state], { printToPdf: () => Promise.resolve(new Uint8Array()), send: () => undefined });
    const slide = projectorSlide(createWorkshopAssessment('w', NOW, 'nb', true), 0);
    const logo = `data:image/png;base64,${readFileSync(join(__dirname, '../fixtures/brand/logo.png')).toString('base64')}`;
    const mark = { name: 'Kari Rådgivning', logo, clientLogo: null };
    show({ slide, language: 'nb', mark });
    expect(presentation.calls).toEqual([['show', slide]]);
    const svg = `data:image/png;base64,${Buffer.from('<svg onload="alert(1)"/>').toString('base64')}`;
    for (const bad of [
      { ...mark, logo: svg },
      { ...mark, clientLogo: svg },
      { ...mark, contact: 'x' },
      { ...mark, name: 'x'.repeat(121) },
    ])
      expect(() => show({ slide, language: 'nb', mark: bad })).toThrow(InvalidIpcArguments);
  });
});
