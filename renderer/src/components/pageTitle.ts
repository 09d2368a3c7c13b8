/** "Handlingsplan – Bakeri Solsiden – SoMe-kompass": the most specific part first, empty parts left out. */
export function pageTitle(parts: ReadonlyArray<string | null | undefined>, appName: string): string {
  return [...parts.map((p) => p?.trim()), appName].filter((p): p is string => !!p).join(' – ');
}
