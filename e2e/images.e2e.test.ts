// The image of a process builds, is under 150 MB, starts, answers its health check, and runs as
// user 1000 on a read-only root filesystem (only /data and /tmp are writable, as in Kubernetes).
import { afterAll, describe, expect, it } from 'vitest';
import { bazaar } from '@bazaar/system';
import {
  buildImage,
  ensureBaseImage,
  imageNameOf,
  imageSize,
  nodeImageFor,
  podman,
  podmanOut,
} from '@bazaar/images';
import { eventually } from './support/eventually.js';

const container = `bazaar-images-test-${process.pid}`;
afterAll(() => void podman(['rm', '--force', '--time', '2', container]));

describe('process images', () => {
  it('build small, start, and run as a non-root user on a read-only root filesystem', async () => {
    ensureBaseImage(nodeImageFor(process.version));
    buildImage(bazaar.process('identity'), nodeImageFor(process.version));
    const image = imageNameOf('identity');
    expect(imageSize(image)).toBeLessThan(150_000_000);

    podmanOut([
      'run',
      '--detach',
      '--name',
      container,
      '--read-only',
      '--tmpfs',
      '/tmp',
      '--tmpfs',
      '/data:rw,U',
      '--publish',
      '127.0.0.1::8080',
      image,
    ]);
    const address = podmanOut(['port', container, '8080/tcp']);
    const live = await eventually(async () => (await fetch(`http://${address}/health/live`)).ok, {
      timeoutMs: 30_000,
      what: 'identity in its container answers /health/live',
    });
    expect(live).toBe(true);
    expect(podman(['healthcheck', 'run', container]).status).toBe(0);

    const probe =
      "const fs = require('node:fs'); let root = 'writable'; try { fs.writeFileSync('/probe', 'x'); } catch (error) { root = error.code; } fs.writeFileSync('/data/probe', 'x'); console.log(JSON.stringify({ uid: process.getuid(), gid: process.getgid(), root }));";
    expect(JSON.parse(podmanOut(['exec', container, '/usr/local/bin/node', '-e', probe]))).toEqual({
      uid: 1000,
      gid: 1000,
      root: 'EROFS',
    });
    expect(podmanOut(['inspect', '--format', '{{.Config.User}}', image])).toBe('1000:1000');
  });
});
