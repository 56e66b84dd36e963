// A throw-away copy of this repository for tests that change it (the scaffolder): the files and
// build outputs are copied, third-party packages are linked, and the workspace links point into the copy.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, realpath, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const skipped = ['node_modules', '.git', '.data', '.test-data', 'bench/results'];

/** A copy of the repository and how to remove it. */
export interface RepoCopy {
  readonly root: string;
  remove(): Promise<void>;
}

/** Copies the repository (with its dist folders, so the build is incremental) into a temp folder. */
export async function copyRepository(): Promise<RepoCopy> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'bazaar-copy-'));
  const excludes = skipped.flatMap((entry) => ['--exclude', `/${entry}`]);
  await run('rsync', ['-a', '--exclude', 'node_modules', ...excludes, `${repoRoot}/`, `${root}/`]);
  await linkPackages(root);
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}

async function linkPackages(root: string): Promise<void> {
  const original = path.join(repoRoot, 'node_modules');
  await mkdir(path.join(root, 'node_modules/@bazaar'), { recursive: true });
  for (const entry of await readdir(original)) {
    if (entry !== '@bazaar')
      await symlink(path.join(original, entry), path.join(root, 'node_modules', entry));
  }
  for (const entry of await readdir(path.join(original, '@bazaar'))) {
    const target = await realWorkspace(path.join(original, '@bazaar', entry));
    await symlink(path.join(root, target), path.join(root, 'node_modules/@bazaar', entry));
  }
  for (const group of ['packages', 'services', 'apps', 'tools']) {
    for (const dir of await readdir(path.join(repoRoot, group))) {
      const nested = path.join(group, dir, 'node_modules');
      if (existsSync(path.join(repoRoot, nested)))
        await symlink(path.join(repoRoot, nested), path.join(root, nested));
    }
  }
}

async function realWorkspace(link: string): Promise<string> {
  return path.relative(repoRoot, await realpath(link));
}
