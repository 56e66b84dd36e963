// @bazaar/images: builds and inspects the container image of each process with podman.
export { ensureBaseImage, nodeImageFor } from './base-image.js';
export { buildImage, contextDirOf, imageNameOf } from './build-images.js';
export { containersConf, imageExists, imageSize, podman, podmanEnv, podmanOut, repoRoot } from './podman.js';
export {
  startContainers,
  type ContainerRun,
  type ContainerRunOptions,
} from './containers/start-containers.js';
export { containerAddress } from './containers/container-run.js';
export { containerNameOf } from './containers/container-plan.js';
