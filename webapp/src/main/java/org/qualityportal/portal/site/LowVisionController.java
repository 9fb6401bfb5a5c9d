package org.qualityportal.portal.site;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /low-vision?mode=on|off&back=/page}: switches the version for the visually impaired on or
 * off and returns to the page. A plain link, so it works without JavaScript; it only changes how
 * the reader's own pages look, so it needs no CSRF token.
 */
@RestController
class LowVisionController {

    @GetMapping("/low-vision")
    ResponseEntity<Void> toggle(@RequestParam(defaultValue = "on") String mode,
                                @RequestParam(required = false) String back) {
        boolean on = !"off".equals(mode);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.SET_COOKIE, LowVision.cookie(on).toString())
                .location(LowVision.safeReturnPath(back))
                .build();
    }
}
