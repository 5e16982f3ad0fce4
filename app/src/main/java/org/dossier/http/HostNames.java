package org.dossier.http;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The Host header names the server answers to, against DNS rebinding (a page on attacker.example whose
 * name resolves to 127.0.0.1 sends its own name): exactly localhost, 127.0.0.1, [::1] and the --host
 * name, case-insensitive, with the server's own port or none. A server bound to every interface
 * (0.0.0.0, which always needs a token) cannot know its names and admits any.
 */
final class HostNames {
  private final Set<String> names;
  private final boolean any;

  private HostNames(Set<String> names, boolean any) {
    this.names = names;
    this.any = any;
  }

  static HostNames of(String boundHost) {
    Set<String> names = new LinkedHashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
    String bound = HttpOptions.bare(boundHost);
    names.add(bound.contains(":") ? "[" + bound + "]" : bound);
    return new HostNames(Set.copyOf(names), HttpOptions.isWildcard(boundHost));
  }

  /** Whether a request with this Host header, arriving on {@code localPort}, is for this server. */
  boolean admits(String hostHeader, int localPort) {
    if (any) return true;
    if (hostHeader == null) return false;
    String h = hostHeader.strip().toLowerCase(Locale.ROOT);
    int portAt = h.startsWith("[") ? h.indexOf("]:") + 1 : h.indexOf(':');
    if (portAt <= 0) return names.contains(h) && localPort == 80; // no port: the default one
    String name = h.substring(0, portAt);
    String port = h.substring(portAt + 1);
    return names.contains(name) && port.matches("\\d{1,5}") && Integer.parseInt(port) == localPort;
  }

  @Override
  public String toString() {
    return any ? "any name" : String.join(", ", names.stream().sorted().toList()) + " (with this server's port)";
  }
}
