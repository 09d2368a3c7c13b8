/**
 * Which display the workshop's presentation goes to: pure decisions on the list of displays, apart from Electron so
 * the e2e harness makes the same choice with pages as main makes with windows.
 */
import type { DisplayChoice } from '../shared/contract';

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface DisplayLike {
  id: number;
  bounds: Bounds;
}

/** The displays as the facilitator chooses between them; another display than the app's is suggested. */
export function displayChoices(displays: ReadonlyArray<DisplayLike>, primaryId: number, currentId: number | null): DisplayChoice[] {
  const other = displays.find((d) => d.id !== currentId);
  const suggestedId = other?.id ?? currentId ?? displays[0]?.id;
  return displays.map((d) => ({
    id: d.id,
    width: d.bounds.width,
    height: d.bounds.height,
    primary: d.id === primaryId,
    current: d.id === currentId,
    suggested: d.id === suggestedId,
  }));
}

/**
 * Where a presentation goes: the chosen display if it is still there, else the suggested one. On the display the
 * app's window is on (or with one display) the presentation takes the app's window; elsewhere it gets its own.
 */
export function presentationTarget(
  displays: ReadonlyArray<DisplayLike>,
  primaryId: number,
  currentId: number | null,
  chosenId: number | null,
): { mode: 'ownWindow'; bounds: Bounds; displayId: number } | { mode: 'mainWindow' } {
  const choices = displayChoices(displays, primaryId, currentId);
  const target = choices.find((c) => c.id === chosenId) ?? choices.find((c) => c.suggested);
  const display = displays.find((d) => d.id === target?.id);
  if (!display || display.id === currentId || displays.length < 2) return { mode: 'mainWindow' };
  return { mode: 'ownWindow', bounds: display.bounds, displayId: display.id };
}
