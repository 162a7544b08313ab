export const CANDIDATES: Record<'linux' | 'darwin' | 'win32', string[]>;
export function findChromium(): string | null;
export const NO_CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
