package se.samverkan.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.servlet.http.HttpServletResponse;

/** The start page, the signed-out page, and what every page shares: the user and the error page. */
@Controller
class Pages {

    @GetMapping({"/app", "/app/"})
    String start() {
        return "start";
    }

    @GetMapping("/app/utloggad")
    String signedOut() {
        return "utloggad";
    }

    @ControllerAdvice
    static class Shared {

        @ModelAttribute("user")
        SignedInUser user(@AuthenticationPrincipal OidcUser user) {
            return user == null ? null : SignedInUser.of(user);
        }

        /** The API's own Swedish words, with its status: 403 and 404 are as real as a 400. */
        @ExceptionHandler(Api.ApiProblem.class)
        Object problem(Api.ApiProblem problem, Model model, HttpServletResponse response) {
            int status = problem.answer().status();
            if (status == HttpStatus.UNAUTHORIZED.value()) {
                // the access token has expired or was revoked: sign in again
                return signInAgain();
            }
            response.setStatus(status >= 400 && status < 600 ? status : HttpStatus.BAD_GATEWAY.value());
            model.addAttribute("status", status);
            model.addAttribute("detail", problem.answer().detail());
            return "fel";
        }

        /** A page's query parameter that cannot be used (a page or a year that is no number, an unknown code). */
        @ExceptionHandler(Listing.BadParameter.class)
        String badParameter(Listing.BadParameter bad, Model model, HttpServletResponse response) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
            model.addAttribute("detail", bad.getMessage());
            return "fel";
        }

        @ExceptionHandler(Api.SignInAgain.class)
        RedirectView signInAgain() {
            return new RedirectView(WebSecurity.AUTHORIZATION_BASE + "/" + WebSecurity.REGISTRATION);
        }
    }
}
