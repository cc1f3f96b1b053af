// Write a file so that readers see either the old or the new content, never half of it:
// write a temporary file next to the target (same file system), then rename over it.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  let mode: number | undefined;
  try {
    mode = fs.statSync(target).mode & 0o7777;
  } catch {
    mode = undefined; // a new file gets the default mode
  }
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    fs.writeFileSync(temp, data, mode === undefined ? {} : { mode });
    if (mode !== undefined) fs.chmodSync(temp, mode); // writeFileSync's mode is filtered by the umask
    fs.renameSync(temp, target);
  } catch (error) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // the temporary file was never created
    }
    throw error;
  }
}
