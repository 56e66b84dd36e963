import fs from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

const privateMode = 0o600;

function hasCode(error: unknown, ...codes: string[]): boolean {
  return codes.includes((error as NodeJS.ErrnoException).code ?? '');
}

async function writeTemp(file: string, content: string): Promise<string> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${randomUUID()}.tmp`;
  await fs.writeFile(temp, content, { mode: privateMode, flag: 'wx' });
  return temp;
}

/**
 * Creates `file` (mode 0600) with `content` unless it already exists, and says whether this call
 * created it. The file appears whole or not at all (a hard link is exclusive and atomic), so two
 * processes starting together agree on one content and neither ever reads half a file.
 */
export async function writeFileOnce(file: string, content: string): Promise<boolean> {
  const temp = await writeTemp(file, content);
  try {
    await fs.link(temp, file);
    return true;
  } catch (error) {
    if (hasCode(error, 'EEXIST')) return false;
    if (!hasCode(error, 'EPERM', 'ENOTSUP', 'EOPNOTSUPP')) throw error;
    return writeExclusively(file, content); // a file system without hard links
  } finally {
    await fs.rm(temp, { force: true });
  }
}

async function writeExclusively(file: string, content: string): Promise<boolean> {
  try {
    await fs.writeFile(file, content, { mode: privateMode, flag: 'wx' });
    return true;
  } catch (error) {
    if (hasCode(error, 'EEXIST')) return false;
    throw error;
  }
}

/** Replaces `file` (mode 0600) whole: readers see the old content or the new, never a mix. */
export async function replaceFile(file: string, content: string): Promise<void> {
  const temp = await writeTemp(file, content);
  try {
    await fs.rename(temp, file);
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/** A cheap fingerprint of the file's current version (changes on every replace), or null if absent. */
export async function fileVersion(file: string): Promise<string | null> {
  try {
    const stats = await fs.stat(file, { bigint: true });
    return `${stats.ino}:${stats.mtimeNs}:${stats.size}`;
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return null;
    throw error;
  }
}
