package io.stocktrace.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Gives every page form that POSTs a fresh one-time token, as a hidden field beside CSRF's: Thymeleaf asks the
 * application's {@link RequestDataValueProcessor} for the extra hidden fields of each {@code <form th:action>}, so no
 * template has to remember it. Wraps Spring Security's processor (which adds the CSRF field) and keeps what it does.
 */
final class SubmitOnceFields implements RequestDataValueProcessor {
    static final String PARAMETER = "_once";
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Set by {@link #processAction} for the form being rendered: whether it POSTs. */
    private static final String FORM_POSTS = SubmitOnceFields.class.getName() + ".posts";

    private final RequestDataValueProcessor csrf;

    SubmitOnceFields(RequestDataValueProcessor csrf) {
        this.csrf = csrf;
    }

    /** 128 random bits, URL-safe: a token no one guesses and no two forms share. */
    static String fresh() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    static boolean wellFormed(String token) {
        return FORMAT.matcher(token).matches();
    }

    @Override
    public String processAction(HttpServletRequest request, String action, String httpMethod) {
        request.setAttribute(FORM_POSTS, "post".equalsIgnoreCase(httpMethod));
        return csrf.processAction(request, action, httpMethod);
    }

    @Override
    public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
        return csrf.processFormFieldValue(request, name, value, type);
    }

    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> csrfFields = csrf.getExtraHiddenFields(request);
        if (csrfFields != null) {
            fields.putAll(csrfFields);
        }
        if (Boolean.TRUE.equals(request.getAttribute(FORM_POSTS))) {
            fields.put(PARAMETER, fresh());
        }
        request.removeAttribute(FORM_POSTS);
        return fields;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
        return csrf.processUrl(request, url);
    }
}
