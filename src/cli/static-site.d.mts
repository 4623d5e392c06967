import type { Server } from 'node:http';
export const TEXT_TYPES: Record<string, string>;
export function serveStatic(dir: string, options?: { port?: number; host?: string; headers?: Record<string, string>; base?: string }): Promise<Server>;
