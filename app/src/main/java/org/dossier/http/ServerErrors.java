package org.dossier.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dossier.core.model.Elision;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The replies Jetty writes itself, before any route runs (a malformed request line 400, a URI too long
 * 414, headers too large 431, an unknown HTTP version 505): problem+json bodies with the same security
 * headers as every other reply, instead of Jetty's HTML page.
 */
final class ServerErrors extends ErrorHandler {
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    Guard.HEADERS.forEach(fields::put);
    fields.put("Content-Type", Problem.TYPE);
    fields.put("Cache-Control", "no-store");
    return ByteBuffer.wrap(body(status, reason, null).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Guard.HEADERS.forEach(response::setHeader);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType(Problem.TYPE);
    Object message = request.getAttribute("jakarta.servlet.error.message");
    byte[] bytes = body(response.getStatus(), message == null ? null : message.toString(), request.getRequestURI())
        .getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    baseRequest.setHandled(true);
  }

  private static String body(int status, String reason, String path) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    String title = HttpStatus.getMessage(status);
    body.put("title", title == null ? "Error" : title);
    body.put("status", status);
    if (reason != null && !reason.equals(title)) body.put("detail", Elision.of(reason));
    if (path != null) body.put("instance", Elision.of(path));
    return Json.write(body);
  }
}
