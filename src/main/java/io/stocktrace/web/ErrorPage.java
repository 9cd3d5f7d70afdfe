package io.stocktrace.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The HTML error page, in the layout: for the web pages' errors and for addresses outside the API that lead nowhere. */
public final class ErrorPage {
    private ErrorPage() {
    }

    public static ModelAndView of(HttpStatus status, String title, String detail) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("error", title);
        page.addObject("detail", detail);
        return page;
    }
}
