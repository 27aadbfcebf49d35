import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentTree, RawFile } from '../lib/check.ts';

/** Reads a content directory from disk into the shape `checkContent` takes. Paths are relative to `cwd`. */
export function readContentTree(dir: string, cwd: string = process.cwd()): ContentTree {
  const read = (file: string): RawFile => {
    const bytes = readFileSync(file);
    let text: string;
    let utf8 = true;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = bytes.toString('latin1');
      utf8 = false;
    }
    return { path: path.relative(cwd, file) || file, text, utf8 };
  };
  const errorsDir = path.join(dir, 'errors');
  const errors = existsSync(errorsDir)
    ? readdirSync(errorsDir)
        .filter((name) => name.endsWith('.mdx'))
        .sort()
        .map((name) => read(path.join(errorsDir, name)))
    : [];
  const data = (name: string) => {
    const file = path.join(dir, name);
    return existsSync(file) ? read(file) : undefined;
  };
  return { errors, tools: data('tools.yaml'), categories: data('categories.yaml') };
}
