#!/usr/bin/env bash
# Builds a small JRE base image as a docker-archive tarball (the format of `docker save`)
# without Docker: a JRE linked with jlink from the local JDK, plus the host's C libraries
# that java needs, in one layer; then manifest.json and the image config.
#
# It exists so that the `images` Maven profile can be checked where no registry is
# reachable:
#
#   deploy/images/make-base-image-tar.sh                 # writes target/local-base-image/base-image.tar
#   ./mvnw -Pimages -DskipTests package -Djib.from.image=tar://$PWD/target/local-base-image/base-image.tar
#
# Production images use the real base image (the root pom's `samverkan.image.base`,
# eclipse-temurin:17-jre by default). This one is for trying the build offline; it is runnable
# (java starts in it), but it is built from whatever the host has and gets no security updates.
#
# Usage: make-base-image-tar.sh [OUTPUT_TAR]
#   JAVA_HOME        the JDK to link the JRE from (needs jlink and its jmods); default: the JDK of `javac` on PATH
#   JRE_MODULES      comma-separated modules for jlink; the default covers the Samverkan services
#   IMAGE_TAG        the tag written into the tarball; default samverkan/local-jre-base:<java feature version>
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../.." && pwd)"
output="${1:-$repo_root/target/local-base-image/base-image.tar}"

for tool in tar sha256sum ldd readlink find sort awk; do
  command -v "$tool" >/dev/null || { echo "needs $tool on PATH" >&2; exit 1; }
done

if [[ -z "${JAVA_HOME:-}" ]]; then
  javac_path="$(command -v javac || true)"
  [[ -n "$javac_path" ]] || { echo "set JAVA_HOME to a JDK (javac not on PATH)" >&2; exit 1; }
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$javac_path")")")"
fi
jlink="$JAVA_HOME/bin/jlink"
[[ -x "$jlink" ]] || { echo "no jlink in $JAVA_HOME" >&2; exit 1; }

feature="$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 \
  | awk -F' = ' '/java.specification.version/ {print $2}')"
[[ "$feature" =~ ^[0-9]+$ ]] || { echo "cannot tell the Java version of $JAVA_HOME" >&2; exit 1; }
(( feature >= 17 )) || { echo "the services need Java 17 or newer; $JAVA_HOME is $feature" >&2; exit 1; }

# java.se (every java.* module: java.beans for Spring, java.sql, java.naming, java.management, ...)
# and the jdk.* modules a server JVM is expected to have: elliptic-curve TLS, every locale
# (Swedish collation of the public lists), charsets, sun.misc.Unsafe (Netty), JFR and the
# management beans Micrometer reads, DNS lookups, zip file systems (Spring Boot).
default_modules="java.se,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.localedata,jdk.charsets,jdk.unsupported,\
jdk.management,jdk.management.jfr,jdk.jfr,jdk.naming.dns,jdk.net,jdk.zipfs,jdk.security.auth,jdk.security.jgss"
modules="${JRE_MODULES:-$default_modules}"
if (( feature >= 21 )); then compress="--compress=zip-6"; else compress="--compress=2"; fi
image_tag="${IMAGE_TAG:-samverkan/local-jre-base:$feature}"

case "$(uname -m)" in
  x86_64) arch=amd64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "unsupported machine $(uname -m)" >&2; exit 1 ;;
esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"
java_dir="opt/java/openjdk"
mkdir -p "$rootfs/opt/java"

echo "linking a JRE from $JAVA_HOME (Java $feature)"
"$jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages $compress \
  --output "$rootfs/$java_dir"

# Some distributions' JDKs link their security files to /etc; copy the files themselves.
while IFS= read -r link; do
  target="$(readlink -f "$link" || true)"
  rm -f "$link"
  if [[ -n "$target" && -f "$target" ]]; then
    cp "$target" "$link"
  fi
done < <(find "$rootfs/$java_dir" -type l)
if [[ ! -s "$rootfs/$java_dir/lib/security/cacerts" ]]; then
  echo "warning: the JRE has no CA certificates (lib/security/cacerts); TLS to outside hosts will fail" >&2
fi

# A server JVM runs headless: drop the native parts of java.desktop that need X11 or sound.
for lib in libawt_xawt.so libsplashscreen.so libjsound.so libjawt.so; do
  rm -f "$rootfs/$java_dir/lib/$lib"
done

# The C libraries java and its native libraries load, with the dynamic loader, from the host.
copy_with_libraries() {
  local file="$1"
  ldd "$file" 2>/dev/null | awk '/=> \// {print $3} /^[ \t]*\/[^ ]+ \(/ {print $1}' || true
}
{
  for binary in "$rootfs/$java_dir/bin/"* $(find "$rootfs/$java_dir/lib" -name '*.so'); do
    copy_with_libraries "$binary"
  done
  # bash (with its libraries) for health checks that talk HTTP over /dev/tcp, as docker-compose.yml's do
  if [[ -x /bin/bash ]]; then
    echo /bin/bash
    copy_with_libraries /bin/bash
  fi
} | grep -v "^$work/" | sort -u > "$work/host-files"
while IFS= read -r file; do
  [[ -n "$file" && -e "$file" ]] || continue
  mkdir -p "$rootfs$(dirname "$file")"
  cp -L "$file" "$rootfs$file"
done < "$work/host-files"
# Debian-style systems keep /bin, /lib and /lib64 as links into /usr; the loader path is fixed.
if [[ ! -e "$rootfs/lib64/ld-linux-x86-64.so.2" && "$arch" == amd64 ]]; then
  loader="$(readlink -f /lib64/ld-linux-x86-64.so.2)"
  mkdir -p "$rootfs/lib64" && cp "$loader" "$rootfs/lib64/ld-linux-x86-64.so.2"
fi
lib_dirs="$(awk '{print $0}' "$work/host-files" | xargs -r -n1 dirname | sort -u)"
mkdir -p "$rootfs/etc"
printf '%s\n' $lib_dirs "/$java_dir/lib" > "$rootfs/etc/ld.so.conf"
if command -v ldconfig >/dev/null; then
  ldconfig -r "$rootfs" 2>/dev/null || true
fi

# The users: root and the non-root user 65532 the images run as.
cat > "$rootfs/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/sbin/nologin
nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin
EOF
cat > "$rootfs/etc/group" <<'EOF'
root:x:0:
nonroot:x:65532:
EOF
printf 'hosts: files dns\n' > "$rootfs/etc/nsswitch.conf"
mkdir -p "$rootfs/tmp" "$rootfs/home/nonroot" "$rootfs/root"
chmod 1777 "$rootfs/tmp"
chmod 755 "$rootfs/home/nonroot"

# One layer, reproducible: sorted entries, fixed times, numeric owners (the non-root home
# belongs to 65532).
layer="$work/layer.tar"
(cd "$rootfs" && find . -mindepth 1 -printf '%P\n' | LC_ALL=C sort > "$work/entries")
tar --create --file "$layer" --directory "$rootfs" --no-recursion --verbatim-files-from \
  --files-from "$work/entries" --numeric-owner --owner=0 --group=0 --mtime='1970-01-01 00:00:00Z' \
  --format=gnu
# give /home/nonroot to the non-root user: rewrite that one entry's owner
tar --delete --file "$layer" home/nonroot
tar --append --file "$layer" --directory "$rootfs" --no-recursion --numeric-owner --owner=65532 \
  --group=65532 --mtime='1970-01-01 00:00:00Z' --format=gnu home/nonroot

diff_id="$(sha256sum "$layer" | awk '{print $1}')"
mkdir -p "$work/image/$diff_id"
mv "$layer" "$work/image/$diff_id/layer.tar"

config="$(cat <<EOF
{"architecture":"$arch","os":"linux","created":"1970-01-01T00:00:00Z",\
"config":{"Env":["PATH=/$java_dir/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",\
"JAVA_HOME=/$java_dir","LANG=C.UTF-8"],"WorkingDir":"/"},\
"rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},\
"history":[{"created":"1970-01-01T00:00:00Z","created_by":"make-base-image-tar.sh: jlink JRE (Java $feature) and host C libraries"}]}
EOF
)"
printf '%s' "$config" > "$work/image/config.json"
config_id="$(sha256sum "$work/image/config.json" | awk '{print $1}')"
mv "$work/image/config.json" "$work/image/$config_id.json"
printf '[{"Config":"%s.json","RepoTags":["%s"],"Layers":["%s/layer.tar"]}]' \
  "$config_id" "$image_tag" "$diff_id" > "$work/image/manifest.json"

mkdir -p "$(dirname "$output")"
tar --create --file "$output" --directory "$work/image" --numeric-owner --owner=0 --group=0 \
  --mtime='1970-01-01 00:00:00Z' --format=gnu manifest.json "$config_id.json" "$diff_id/layer.tar"

echo "wrote $output ($(du -h "$output" | awk '{print $1}'), $image_tag, $arch, image id sha256:$config_id)"
echo "use it with: ./mvnw -Pimages -DskipTests package -Djib.from.image=tar://$(readlink -f "$output")"
