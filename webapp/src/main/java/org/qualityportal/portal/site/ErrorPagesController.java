package org.qualityportal.portal.site;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.qualityportal.portal.delivery.Problems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error, from any handler or the container, ends here as a Russian page with the right
 * status; under {@code /api/} as a problem+json answer instead, since API clients read JSON.
 */
@Controller
class ErrorPagesController implements ErrorController {
    private static final String API = "/api/";

    private final PublicPages pages;

    ErrorPagesController(PublicPages pages) {
        this.pages = pages;
    }

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith(request.getContextPath() + API)) {
            HttpStatus known = HttpStatus.resolve(status);
            return Problems.of(known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known, detail(status), uri.toString());
        }
        return ResponseEntity.status(status)
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(pages.errorPage(status, uri == null ? null : uri.toString()));
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "По этому адресу ничего нет.";
            case 405 -> "Такой метод запроса здесь не поддерживается; API только для чтения (GET).";
            case 406 -> "Ответ возможен только в формате JSON.";
            default -> status < 500 ? "Запрос не может быть выполнен." : "Не удалось выполнить запрос. Попробуйте позже.";
        };
    }
}
