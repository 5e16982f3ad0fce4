/**
 * The HTTP side of the web interface: {@link org.dossier.http.WebServer} holds every Javalin type, {@code Guard}
 * applies the security headers, read-only methods, Host check ({@code HostNames}: exactly localhost,
 * 127.0.0.1, [::1] and the --host name, with the server's port), token and rate limit to each request,
 * {@code ServerErrors} gives Jetty's own error replies (400, 414, 431, 505) the same headers as
 * problem+json, and
 * {@link org.dossier.http.ApiRoutes} maps GET routes onto {@link org.dossier.web.DossierApi}. A new route is one
 * line in {@code ApiRoutes} calling a framework-free method in {@code org.dossier.web}; describe it in
 * docs/openapi.yaml too.
 */
package org.dossier.http;
