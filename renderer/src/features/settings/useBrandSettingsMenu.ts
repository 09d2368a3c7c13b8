import { useEffect } from 'react';
import { api } from '../../api';

/** The app menu's "Profile and logo …" opens the settings, from whatever screen is showing. */
export function useBrandSettingsMenu(openSettings: () => void): void {
  useEffect(
    () =>
      api().onMenuCommand((command) => {
        if (command === 'brandSettings') openSettings();
      }),
    [openSettings],
  );
}
