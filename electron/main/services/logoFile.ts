/**
 * A logo chosen through an open dialog: main reads the file and checks that it IS a PNG or JPEG within the size cap
 * (domain/brand/logoImage.ts) before the renderer ever sees it; what comes back is a data URL, or why not. Nothing
 * is stored here: the consultant's logo is stored with the brand (setBrand) and a client's with the assessment,
 * and both are checked again by their schemas when they are stored.
 */
import { basename } from 'node:path';
import { open } from 'node:fs/promises';
import { checkLogoBytes, MAX_LOGO_BYTES } from '../../../renderer/src/domain/brand/logoImage';
import { logoDataUrl } from '../../../renderer/src/domain/brand/brand';
import type { LogoChoice } from '../../shared/contract';
import type { FileActionContext, FileActionDeps } from './fileActionContext';

/** Reads at most the cap and one byte more, so a 20 MB file is never read into memory to be refused. */
async function readCapped(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(MAX_LOGO_BYTES + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0 || filled + bytesRead >= buffer.length) return buffer.subarray(0, filled + bytesRead);
      filled += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

export function createLogoFile(deps: FileActionDeps, context: FileActionContext) {
  return {
    async chooseLogo(): Promise<LogoChoice> {
      const path = await deps.dialogs.chooseOpenPath({
        defaultPath: context.startFolder(),
        filters: [{ name: context.labels().imageFiles, extensions: ['png', 'jpg', 'jpeg'] }],
      });
      if (!path) return { kind: 'cancelled' };
      const fileName = basename(path);
      let bytes: Uint8Array;
      try {
        bytes = await readCapped(path);
      } catch {
        return { kind: 'failed', fileName, problem: 'unreadable' };
      }
      const check = checkLogoBytes(bytes);
      if (!check.ok) return { kind: 'failed', fileName, problem: check.problem };
      return { kind: 'chosen', fileName, dataUrl: logoDataUrl(check.type, bytes) };
    },
  };
}
