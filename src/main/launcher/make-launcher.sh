#!/bin/sh
# Run by `mvn package` (after the jar is made): writes target/advisor, the launcher of the README, and,
# best effort, a class-data archive for this machine's JDK 17 (or an AOT cache on JDK 25+) from the
# extracted jar layout. Everything works without them: if a step fails, the launcher runs the plain jar.
set -u
target=$1
jar=$target/alliance-advisor.jar
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
cp "$(dirname "$0")/advisor" "$target/advisor" && chmod +x "$target/advisor"
[ "${ADVISOR_NO_CDS:-}" = "" ] || exit 0
rm -rf "$target/fast"
mkdir -p "$target/fast" || exit 0
"$java" -Djarmode=tools -jar "$jar" extract --destination "$target/fast/app" >/dev/null 2>&1 || { rm -rf "$target/fast"; exit 0; }
app=$target/fast/app/alliance-advisor.jar
answers=$(dirname "$0")/training-answers.json
data=$target/fast/training-data
# the archive is for this very JDK; the JVM checks the rest (version, class path) and ignores a stale one
version=$(readlink -f "$(command -v "$java")")
feature=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')
if [ "${feature:-17}" -ge 25 ] 2>/dev/null; then
  ADVISOR_DATA=$data "$java" -XX:AOTCacheOutput="$target/fast/advisor.aot" -jar "$app" advise --answers "$answers" >/dev/null 2>&1 \
    && echo "aot $version" > "$target/fast/archive.id"
else
  # two training runs: a one-shot command, and the Spring Shell path (help); their class lists joined,
  # without the @lambda-proxy lines (with them the JDK 17 dump crashes)
  ADVISOR_DATA=$data "$java" -Xshare:off -XX:DumpLoadedClassList="$target/fast/classes.raw" -jar "$app" advise --answers "$answers" >/dev/null 2>&1 \
    && ADVISOR_DATA=$data "$java" -Xshare:off -XX:DumpLoadedClassList="$target/fast/classes2.raw" -jar "$app" help >/dev/null 2>&1 \
    && cat "$target/fast/classes.raw" "$target/fast/classes2.raw" | grep -v '@lambda-proxy\|@lambda-form-invoker' \
         | awk '!seen[$0]++' > "$target/fast/classes.lst" \
    && "$java" -Xshare:dump -XX:SharedClassListFile="$target/fast/classes.lst" -XX:SharedArchiveFile="$target/fast/advisor.jsa" \
         -cp "$app" >/dev/null 2>&1 \
    && echo "cds $version" > "$target/fast/archive.id"
fi
rm -rf "$data" "$target/fast/classes.raw" "$target/fast/classes2.raw"
[ -f "$target/fast/archive.id" ] || rm -rf "$target/fast"
exit 0
