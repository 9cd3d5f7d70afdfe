package io.stocktrace.security;

import io.stocktrace.api.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authorization: Bearer &lt;api token&gt;: the token's hash names an active user. */
class TokenAuthenticationFilter extends OncePerRequestFilter {
    private final UserRepository users;
    private final ProblemResponses problems;

    TokenAuthenticationFilter(UserRepository users, ProblemResponses problems) {
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var user = users.findByActiveToken(TokenHash.of(header.substring(7).strip()));
        if (user.isEmpty()) {
            problems.commence(request, response, new BadCredentialsException("unknown token"));
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user.get().username(), null,
                List.of(new SimpleGrantedAuthority(user.get().role().authority())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        chain.doFilter(request, response);
    }
}
