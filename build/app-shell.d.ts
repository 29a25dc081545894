import type { Plugin } from 'vite';

export function keptFiles(names: string[]): string[];
export function serviceWorkerSource(files: string[]): string;
export function appShell(): Plugin;
