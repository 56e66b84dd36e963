#!/usr/bin/env bash
# Makes a Node base image locally when the public one cannot be pulled (no registry reachable):
# Debian bookworm (debootstrap minbase) with this machine's node binary at /usr/local/bin/node,
# where the public image has it, and the `node` user (uid 1000). Tagged with the public image's
# name, so the same Containerfile builds here and anywhere. Usage: make-local-base.sh IMAGE
set -euo pipefail
image="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "making $image locally: debootstrap bookworm + node $(node --version)"
debootstrap --variant=minbase bookworm "$work/root" >"$work/debootstrap.log" 2>&1 || {
  tail -20 "$work/debootstrap.log"
  exit 1
}
install -m 0755 "$(command -v node)" "$work/root/usr/local/bin/node"
echo 'node:x:1000:1000::/home/node:/bin/sh' >>"$work/root/etc/passwd"
echo 'node:x:1000:' >>"$work/root/etc/group"
mkdir -p "$work/root/home/node" && chown 1000:1000 "$work/root/home/node"
rm -rf "$work/root/var/cache/apt/archives/"*.deb "$work/root/var/lib/apt/lists/"*
tar -C "$work/root" -c . | podman import --quiet --change 'CMD ["node"]' - "$image" >/dev/null
echo "made $image"
