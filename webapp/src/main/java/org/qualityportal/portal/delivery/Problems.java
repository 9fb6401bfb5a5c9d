package org.qualityportal.portal.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Error responses of the JSON API as RFC 9457 problem details with Russian texts. Written as a
 * plain map so the wire format does not depend on how a Jackson version treats
 * {@link org.springframework.http.ProblemDetail}.
 */
public final class Problems {
    private Problems() {
    }

    public static ResponseEntity<Map<String, Object>> of(HttpStatus status, String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title(status));
        body.put("status", status.value());
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    static String title(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Неверный запрос";
            case NOT_FOUND -> "Не найдено";
            case METHOD_NOT_ALLOWED -> "Метод не поддерживается";
            case NOT_ACCEPTABLE -> "Формат ответа не поддерживается";
            default -> status.is4xxClientError() ? "Ошибка запроса" : "Внутренняя ошибка сервера";
        };
    }
}
