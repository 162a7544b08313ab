export const CANDIDATES: string[];
export function findChromium(): string | null;
export const NO_CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
