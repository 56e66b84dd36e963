// `npm run images`: builds an image per process with podman (run `npm run build` first) and
// prints each one's size. `npm run images -- NAME…` builds only those processes.
import { bazaar } from '@bazaar/system';
import { ensureBaseImage, nodeImageFor } from './base-image.js';
import { buildImage, imageNameOf } from './build-images.js';
import { imageSize } from './podman.js';

/** Image size goal, in bytes. */
const goalBytes = 150 * 1000 * 1000;

const wanted = process.argv.slice(2);
const processes = bazaar.processes.filter((spec) => wanted.length === 0 || wanted.includes(spec.name));
const baseImage = nodeImageFor(process.version);
console.log(`base image ${baseImage}: ${ensureBaseImage(baseImage)}`);
for (const spec of processes) {
  const started = Date.now();
  buildImage(spec, baseImage);
  const size = imageSize(imageNameOf(spec.name));
  const mark = size < goalBytes ? 'ok' : 'OVER 150 MB';
  console.log(
    `${imageNameOf(spec.name).padEnd(40)} ${(size / 1e6).toFixed(1).padStart(6)} MB  ${mark}  (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}
