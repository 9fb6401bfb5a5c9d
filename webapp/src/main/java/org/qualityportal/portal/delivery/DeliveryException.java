package org.qualityportal.portal.delivery;

import org.springframework.http.HttpStatus;

/** A request the delivery API refuses, with the Russian explanation the client receives. */
final class DeliveryException extends RuntimeException {
    private final HttpStatus status;

    private DeliveryException(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    static DeliveryException notFound(String detail) {
        return new DeliveryException(HttpStatus.NOT_FOUND, detail);
    }

    static DeliveryException badRequest(String detail) {
        return new DeliveryException(HttpStatus.BAD_REQUEST, detail);
    }

    HttpStatus status() {
        return status;
    }
}
