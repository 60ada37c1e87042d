package vn.ntm.common;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a NUL character (U+0000, {@code %00}) in any request parameter or path variable before a
 * handler runs: PostgreSQL cannot store or compare it, so it would otherwise surface as a 500. The
 * query string is read here first, so that a NUL in a parameter's name is named too (the servlet's
 * parameters would be refused by Spring Security's firewall without a name). A NUL in the path never
 * gets here: Tomcat refuses the URI with 400 itself.
 */
@Component
class NulCharacterCheck implements HandlerInterceptor, WebMvcConfigurer {

    static final String REASON = "must not contain the NUL character (U+0000)";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getQueryString() != null) {
            for (String pair : request.getQueryString().split("&")) {
                int equals = pair.indexOf('=');
                check(decode(equals < 0 ? pair : pair.substring(0, equals)), equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                check(name, value);
            }
        });
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value)));
        }
        return true;
    }

    /** A query-string part as the servlet decodes it; a malformed escape is left for the servlet to refuse. */
    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return part;
        }
    }

    private static void check(String name, String value) {
        if (name.indexOf('\0') >= 0) {
            throw new InvalidParameterException(name.replace("\0", "\\u0000"), "the name " + REASON);
        }
        if (value != null && value.indexOf('\0') >= 0) {
            throw new InvalidParameterException(name, REASON);
        }
    }
}
