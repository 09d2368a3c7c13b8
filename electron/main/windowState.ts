import type { WindowState } from '../../renderer/src/domain/files/schema';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1200, height: 840 } as const;
export const MIN_SIZE = { width: 720, height: 560 } as const;

/**
 * The saved bounds if at least a usable part of the window (its top 100x40 px, where the title bar is) lies on a
 * display that exists now; otherwise null, so a window saved on a since unplugged screen opens where it can be seen.
 */
export function restorableBounds(saved: WindowState | null, workAreas: ReadonlyArray<Rect>): Rect | null {
  if (!saved) return null;
  const grip = { x: saved.x, y: saved.y, width: Math.min(100, saved.width), height: 40 };
  const visible = workAreas.some(
    (a) => grip.x >= a.x && grip.y >= a.y && grip.x + grip.width <= a.x + a.width && grip.y + grip.height <= a.y + a.height,
  );
  if (!visible) return null;
  return {
    x: saved.x,
    y: saved.y,
    width: Math.max(MIN_SIZE.width, saved.width),
    height: Math.max(MIN_SIZE.height, saved.height),
  };
}
