# shellcheck shell=bash
# The JDK search of ./buurtstem and the bench/ scripts, sourced by each (not run): one place decides which Java
# builds and runs Buurtstem. Defines MIN_JAVA, java_major, find_jdk and use_jdk.
MIN_JAVA=21

java_major() {
  # Prints the feature version of the JDK in $1 (e.g. 21), or nothing if it is not a usable JDK.
  local home="$1" spec
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 0
  spec="$("$home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')"
  spec="${spec#1.}"
  [[ "$spec" =~ ^[0-9]+$ ]] && printf '%s' "$spec"
}

find_jdk() {
  # Prints the first JDK >= MIN_JAVA: $JAVA_HOME, then the javac on PATH, then the usual install folders.
  local candidates=() c major
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for c in /usr/lib/jvm/* /opt/java/* /opt/*jdk* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [[ -d "$c" ]] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    major="$(java_major "$c")"
    if [[ -n "$major" && "$major" -ge "$MIN_JAVA" ]]; then
      printf '%s' "$c"
      return 0
    fi
  done
  return 1
}

use_jdk() {
  # Exports JAVA_HOME and PATH for the JDK found, or says what to install and exits; $1 names the caller.
  local jdk
  jdk="$(find_jdk)" || {
    # shellcheck disable=SC2016 # $JAVA_HOME is meant literally
    printf '%s: no JDK %s or newer found (looked at $JAVA_HOME, the javac on PATH and /usr/lib/jvm).\n' "$1" "$MIN_JAVA" >&2
    printf "Install one, e.g. 'sudo apt-get install openjdk-21-jdk-headless' (Debian/Raspberry Pi OS), then run this again.\n" >&2
    exit 1
  }
  export JAVA_HOME="$jdk"
  export PATH="$JAVA_HOME/bin:$PATH"
}
