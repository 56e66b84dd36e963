// @bazaar/images: builds and inspects the container image of each process with podman.
export { ensureBaseImage, nodeImageFor } from './base-image.js';
export { buildImage, contextDirOf, imageNameOf } from './build-images.js';
export { containersConf, imageExists, imageSize, podman, podmanEnv, podmanOut, repoRoot } from './podman.js';
