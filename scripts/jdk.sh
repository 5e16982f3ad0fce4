# Sourced by ./dossier and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer.
# Looks at $JAVA_HOME, the java on PATH, then the usual install folders; installs nothing by itself
# unless DOSSIER_INSTALL_JDK=1 (CI sets it), in which case it tries the distribution's packages.

_dossier_jdk_major() { # prints the major version of the JDK at $1, or nothing
  [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}

_dossier_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" \
      "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")" \
      /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* "$HOME"/.sdkman/candidates/java/* \
      "$HOME"/.jdks/*; do
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    major=$(_dossier_jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! DOSSIER_JDK=$(_dossier_find_jdk); then
  if [ "${DOSSIER_INSTALL_JDK:-0}" = 1 ] && command -v apt-get >/dev/null 2>&1; then
    echo "dossier: no JDK 21+ found; trying the distribution's packages" >&2
    apt-get update -qq >/dev/null 2>&1 || true
    for pkg in openjdk-25-jdk-headless openjdk-21-jdk-headless; do
      apt-get install -y -qq "$pkg" >/dev/null 2>&1 && break
    done
    DOSSIER_JDK=$(_dossier_find_jdk) || DOSSIER_JDK=
  else
    DOSSIER_JDK=
  fi
fi

if [ -z "$DOSSIER_JDK" ]; then
  echo "dossier: needs a JDK 21 or newer; none found in JAVA_HOME, PATH or /usr/lib/jvm. Install one (for example Temurin 21 or 25) and set JAVA_HOME to it." >&2
  return 1 2>/dev/null || exit 1
fi
export JAVA_HOME="$DOSSIER_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
unset DOSSIER_JDK
