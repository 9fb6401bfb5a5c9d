package org.qualityportal.portal.delivery;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every failure of the delivery API becomes a problem+json response; never a stack trace or an HTML page. */
@RestControllerAdvice(assignableTypes = DeliveryController.class)
class DeliveryErrors {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryErrors.class);

    @ExceptionHandler(DeliveryException.class)
    ResponseEntity<Map<String, Object>> refused(DeliveryException e, HttpServletRequest request) {
        return Problems.of(e.status(), e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> failed(Exception e, HttpServletRequest request) {
        LOG.error("Delivery API request {} failed", request.getRequestURI(), e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Не удалось выполнить запрос. Попробуйте позже.",
                request.getRequestURI());
    }
}
