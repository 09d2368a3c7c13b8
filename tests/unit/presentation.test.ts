import { beforeEach, describe, expect, test, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { displayChoices, presentationTarget } from '../../electron/main/displays';
import { EVENT_CHANNELS } from '../../electron/shared/contract';
import {
  applyCommand,
  answerForNumber,
  commandOfKey,
  presentationSlides,
  projectorSlide,
  slideOf,
} from '../../renderer/src/domain/workshop/presentation';
import { addRespondent, changeWorkshop, createWorkshopAssessment, setRespondentAnswers } from '../../renderer/src/domain/workshop/workshop';
import { QUESTIONS_BY_ID } from '../../renderer/src/domain/bank';
import type { Assessment } from '../../renderer/src/domain/model/types';

// Electron, as far as the presentation uses it: displays that come and go, windows, the power-save blocker.
const screenEvents = new EventEmitter();
const windowsMade: Array<{ options: Record<string, unknown>; loaded: string[] }> = [];
const displays = { list: [] as Array<{ id: number; bounds: { x: number; y: number; width: number; height: number } }> };
const blockers = { started: new Set<number>(), next: 1 };
vi.mock('electron', () => ({
  BrowserWindow: class {
    readonly loaded: string[] = [];
    constructor(options: Record<string, unknown>) {
      windowsMade.push({ options, loaded: this.loaded });
    }
    setMenu(): void {}
    once(): void {}
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
  },
  screen: {
    on: (event: string, fn: (...a: unknown[]) => void) => screenEvents.on(event, fn),
    getAllDisplays: () => displays.list,
    getPrimaryDisplay: () => displays.list[0],
    getDisplayMatching: () => displays.list[0],
  },
  powerSaveBlocker: {
    start: (kind: string) => {
      expect(kind).toBe('prevent-display-sleep');
      const id = blockers.next++;
      blockers.started.add(id);
      return id;
    },
    stop: (id: number) => blockers.started.delete(id),
    isStarted: (id: number) => blockers.started.has(id),
  },
}));
const { openProjectorWindow, Presentation } = await import('../../electron/main/presentation');

class FakeWindow extends EventEmitter {
  destroyed = false;
  fullScreen = false;
  sent: Array<[string, unknown]> = [];
  readonly webContents = Object.assign(new EventEmitter(), {
    mainFrame: {},
    isLoading: (): boolean => false,
    send: (channel: string, value: unknown) => this.sent.push([channel, value]),
  });
  constructor(readonly bounds = { x: 0, y: 0, width: 1280, height: 800 }) {
    super();
  }
  getBounds = () => this.bounds;
  setFullScreen = (on: boolean) => void (this.fullScreen = on);
  isDestroyed = () => this.destroyed;
  close = () => {
    this.destroyed = true;
    this.emit('closed');
  };
}

const scale = (level: 0 | 1 | 2 | 3 | 4) => ({ kind: 'scale' as const, level });
/** An anonymous workshop of three whose first question has answers. */
function workshop(): Assessment {
  let a = createWorkshopAssessment('w', '2026-11-30T09:00:00.000Z', 'nb', true);
  for (const [id, level] of [
    ['r1', 0],
    ['r2', 2],
    ['r3', 4],
  ] as const)
    a = changeWorkshop(a, (w) => setRespondentAnswers(addRespondent(w, id, ''), id, { goalsLinkedToBusiness: scale(level) }));
  return a;
}
const stateOf = (slide: number, language: 'nb' | 'sv' = 'nb') => ({ slide: projectorSlide(workshop(), slide), language });

const LAPTOP = { id: 1, bounds: { x: 0, y: 0, width: 1280, height: 800 } };
const PROJECTOR = { id: 2, bounds: { x: 1280, y: 0, width: 1920, height: 1080 } };

describe('choosing the display', () => {
  test("another display than the app's is suggested; one display means the app's own window", () => {
    expect(displayChoices([LAPTOP, PROJECTOR], 1, 1).map((d) => [d.id, d.current, d.suggested])).toEqual([
      [1, true, false],
      [2, false, true],
    ]);
    expect(presentationTarget([LAPTOP, PROJECTOR], 1, 1, null)).toEqual({ mode: 'ownWindow', bounds: PROJECTOR.bounds, displayId: 2 });
    expect(presentationTarget([LAPTOP, PROJECTOR], 1, 1, 1)).toEqual({ mode: 'mainWindow' });
    expect(presentationTarget([LAPTOP], 1, 1, null)).toEqual({ mode: 'mainWindow' });
    // A display that was unplugged since the list was shown: the suggested one instead.
    expect(presentationTarget([LAPTOP, PROJECTOR], 1, 1, 99)).toMatchObject({ mode: 'ownWindow', displayId: 2 });
  });
});

describe('the presentation in main', () => {
  let main: FakeWindow;
  let opened: FakeWindow[];
  let presentation: InstanceType<typeof Presentation>;
  beforeEach(() => {
    screenEvents.removeAllListeners();
    blockers.started.clear();
    main = new FakeWindow();
    opened = [];
    presentation = new Presentation({
      mainWindow: () => main as never,
      openWindow: (bounds) => {
        const w = new FakeWindow(bounds);
        opened.push(w);
        return w as never;
      },
    });
  });

  test('two displays: its own window on the projector, the display kept awake, state one way and keys the other', () => {
    displays.list = [LAPTOP, PROJECTOR];
    expect(presentation.start(null)).toBe('ownWindow');
    expect(opened.map((w) => w.bounds)).toEqual([PROJECTOR.bounds]);
    expect(blockers.started.size).toBe(1);
    expect(presentation.frame()).toBe(opened[0]!.webContents.mainFrame);
    const state = stateOf(4);
    presentation.show(state);
    expect(opened[0]!.sent).toEqual([[EVENT_CHANNELS.presentationState, state]]);
    presentation.command({ kind: 'reveal' });
    expect(main.sent).toEqual([[EVENT_CHANNELS.presentationCommand, { kind: 'reveal' }]]);
    presentation.stop();
    expect(opened[0]!.destroyed).toBe(true);
    expect(blockers.started.size).toBe(0);
    expect(presentation.frame()).toBeNull();
  });

  test("one display: the app's window goes full screen, and back when the presentation ends", () => {
    displays.list = [LAPTOP];
    expect(presentation.start(null)).toBe('mainWindow');
    expect(main.fullScreen).toBe(true);
    expect(opened).toEqual([]);
    expect(blockers.started.size).toBe(1);
    presentation.stop();
    expect(main.fullScreen).toBe(false);
    expect(blockers.started.size).toBe(0);
  });

  test("the projector unplugged: the presentation ends and the facilitator's window is told", () => {
    displays.list = [LAPTOP, PROJECTOR];
    presentation.start(2);
    displays.list = [LAPTOP];
    screenEvents.emit('display-removed', {}, PROJECTOR);
    expect(opened[0]!.destroyed).toBe(true);
    expect(blockers.started.size).toBe(0);
    expect(main.sent).toContainEqual([EVENT_CHANNELS.presentationEvent, 'displaysChanged']);
    screenEvents.emit('display-added', {}, PROJECTOR);
    expect(main.sent.filter(([, e]) => e === 'displaysChanged')).toHaveLength(2);
  });

  test("its window closed another way: the facilitator's window hears it ended", () => {
    displays.list = [LAPTOP, PROJECTOR];
    presentation.start(null);
    opened[0]!.close();
    expect(main.sent).toContainEqual([EVENT_CHANNELS.presentationEvent, 'ended']);
    expect(blockers.started.size).toBe(0);
  });

  test('a state sent before the window has loaded is shown once it has', () => {
    displays.list = [LAPTOP, PROJECTOR];
    presentation.start(null);
    const win = opened[0]!;
    win.webContents.isLoading = () => true;
    presentation.show(stateOf(1, 'sv'));
    expect(win.sent).toEqual([]);
    win.webContents.emit('did-finish-load');
    expect(win.sent).toEqual([[EVENT_CHANNELS.presentationState, stateOf(1, 'sv')]]);
  });

  test("the projector's window loads the projector's preload (not the app's), sandboxed, on the present route", () => {
    windowsMade.length = 0;
    openProjectorWindow(PROJECTOR.bounds, { url: 'app://bundle/index.html?view=present', preloadDir: '/opt/app/out/preload' });
    const [made] = windowsMade;
    expect(made?.loaded).toEqual(['app://bundle/index.html?view=present']);
    expect(made?.options).toMatchObject({ ...PROJECTOR.bounds, fullscreen: true, frame: false });
    expect(made?.options['webPreferences']).toMatchObject({
      preload: '/opt/app/out/preload/projector.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });
});

describe('the keys of the projector view', () => {
  test('keys map to commands; anything else is ignored', () => {
    expect(['ArrowRight', 'ArrowLeft', 'r', 'R', 'Escape', '3', 'x', 'Enter'].map(commandOfKey)).toEqual([
      { kind: 'next' },
      { kind: 'previous' },
      { kind: 'reveal' },
      { kind: 'reveal' },
      { kind: 'leave' },
      { kind: 'answer', number: 3 },
      null,
      null,
    ]);
  });

  test('questions, then "to discuss", then the scores; arrows stop at the ends', () => {
    const a = workshop();
    const slides = presentationSlides(a);
    expect(slides.at(-2)).toEqual({ kind: 'discuss' });
    expect(slides.at(-1)).toEqual({ kind: 'scores' });
    expect(applyCommand(a, { slide: 0 }, { kind: 'previous' }).position.slide).toBe(0);
    expect(applyCommand(a, { slide: slides.length - 1 }, { kind: 'next' }).position.slide).toBe(slides.length - 1);
    expect(slideOf(a, { discuss: true })).toBe(slides.length - 2);
  });

  test("R reveals; a number sets the team's answer only after the reveal; 0 goes back to the median", () => {
    const a = workshop();
    const at = { slide: slideOf(a, { questionId: 'goalsLinkedToBusiness' }) };
    expect(applyCommand(a, at, { kind: 'answer', number: 5 }).assessment).toBe(a);
    const revealed = applyCommand(a, at, { kind: 'reveal' }).assessment;
    expect(revealed.workshop!.revealed).toEqual(['goalsLinkedToBusiness']);
    expect(revealed.answers['goalsLinkedToBusiness']).toEqual(scale(2));
    const set = applyCommand(revealed, at, { kind: 'answer', number: 5 }).assessment;
    expect(set.answers['goalsLinkedToBusiness']).toEqual(scale(4));
    expect(applyCommand(set, at, { kind: 'answer', number: 0 }).assessment.answers['goalsLinkedToBusiness']).toEqual(scale(2));
    // A level the scale does not have changes nothing.
    expect(applyCommand(set, at, { kind: 'answer', number: 7 }).assessment).toBe(set);
  });

  test('number keys on choices pick the option; on multi-choice they switch one option; numbers cannot be keyed', () => {
    const choice = QUESTIONS_BY_ID.get('writtenSocialPlan')!;
    expect(answerForNumber(choice, 1, undefined)).toEqual({
      kind: 'choice',
      option: choice.answer.kind === 'choice' ? choice.answer.options[0]!.id : '',
    });
    const multi = QUESTIONS_BY_ID.get('reachPractices')!;
    const first = multi.answer.kind === 'multi' ? multi.answer.options[0]!.id : '';
    const on = answerForNumber(multi, 1, { kind: 'multi', options: [] });
    expect(on).toEqual({ kind: 'multi', options: [first] });
    expect(answerForNumber(multi, 1, on!)).toEqual({ kind: 'multi', options: [] });
    expect(answerForNumber(QUESTIONS_BY_ID.get('replyTimeInOpeningHours')!, 2, undefined)).toBeNull();
  });
});
