#!/bin/sh
# Starts Helsebro with class-data sharing (AppCDS). The first start of a jar records the classes
# it loads into an archive next to the data (written when the JVM exits, e.g. on `docker stop`);
# later starts map that archive instead of loading ~10,000 classes from the jar, which halves the
# start-up (bench/results/foundation.md). The archive's name carries the jar's size and time, so a new
# image records a new one; a missing or unusable archive only costs the speed-up.
set -eu
jar=${HELSEBRO_JAR:-/opt/helsebro/helsebro.jar}
dir=${HELSEBRO_DATA_DIR:-/var/lib/helsebro}
archive="$dir/helsebro-$(stat -c '%s-%Y' "$jar").jsa"
if [ -f "$archive" ]; then
  exec java -XX:SharedArchiveFile="$archive" -Xshare:auto -jar "$jar" "$@"
fi
rm -f "$dir"/helsebro-*.jsa
exec java -XX:ArchiveClassesAtExit="$archive" -jar "$jar" "$@"
