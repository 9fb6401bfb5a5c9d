package org.qualityportal.portal.author.assets;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The files of an upload, read inside the handler. Multipart requests are resolved lazily
 * ({@code spring.servlet.multipart.resolve-lazily}), so a request the container refuses as too large
 * (or with too many files) reaches the handler, which answers with its own page instead of a generic error.
 */
final class MultipartParts {
    private MultipartParts() {
    }

    /** Thrown when the container refused the request body: too large, too many parts, or unreadable. */
    static final class Refused extends Exception {
        /** {@code size}, {@code count} or {@code other}: which of the refused page's explanations applies. */
        private final String reason;

        Refused(MultipartException cause) {
            super(cause);
            this.reason = tooManyParts(cause) ? "count" : cause instanceof MaxUploadSizeExceededException ? "size" : "other";
        }

        /** The page that says so: status 413 for size, 400 otherwise; nothing was stored. */
        String page(HttpServletResponse response, Model model, UploadSettings upload, String back) {
            response.setStatus(reason.equals("size") ? HttpStatus.PAYLOAD_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("upload", upload);
            model.addAttribute("reason", reason);
            model.addAttribute("back", back);
            return "author/assets/refused";
        }

        /** Tomcat's limit on parts ({@code server.tomcat.max-part-count}), which Spring reports as a size problem. */
        private static boolean tooManyParts(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getClass().getSimpleName().equals("FileCountLimitExceededException")) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The chosen files of the field; an empty list when nothing was chosen or the request is not multipart. */
    static List<MultipartFile> files(HttpServletRequest request, String field) throws Refused {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            return List.of();
        }
        try {
            return multipart.getFiles(field).stream().filter(MultipartParts::chosen).toList();
        } catch (MultipartException e) {
            throw new Refused(e);
        }
    }

    static Optional<MultipartFile> file(HttpServletRequest request, String field) throws Refused {
        return files(request, field).stream().findFirst();
    }

    /** A file input with nothing chosen still sends a part: empty, with an empty file name. */
    private static boolean chosen(MultipartFile part) {
        return !(part.isEmpty() && (part.getOriginalFilename() == null || part.getOriginalFilename().isEmpty()));
    }
}
