package vn.ntm.security;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;

import tools.jackson.databind.ObjectMapper;

/**
 * Reads are public (the programme's "people supervise" principle); every other request needs a
 * signed-in user: a browser session from the login form (CSRF-protected, throttled by
 * {@link LoginThrottle}, ended by {@link SessionCheckFilter} when the account changes) or an API token.
 * What each user may change is checked in the services by {@link Permissions}.
 */
@Configuration
class SecurityConfig {

    static final String LOGIN = "/login";

    /**
     * Vector tiles and their catalogue: public, the same for everyone and cacheable by a CDN, so no session
     * is read or made and no cookie (session or CSRF) is set. Nothing under /tiles/ writes.
     */
    @Bean
    @Order(1)
    SecurityFilterChain tileFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/tiles/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountRepository accounts, ProblemResponses problems,
            LoginThrottle throttle, ObjectMapper json) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // Metrics and the rest of the actuator: administrators (Prometheus with an admin's API token).
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/me", "/api/audit/**", "/api/moderation/**",
                                "/api/admin/**", "/api/infrastructure/*/inspections", "/api/infrastructure/*/history",
                                "/api/inspections/**", "/api/reports/**", "/api/imports/**", "/api/offline/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/feedback").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginProcessingUrl(LOGIN)
                        .successHandler((request, response, authentication) -> {
                            CurrentUser user = ((Account) authentication.getPrincipal()).user();
                            throttle.succeeded(user.username());
                            response.setContentType("application/json");
                            response.setCharacterEncoding("UTF-8");
                            json.writeValue(response.getOutputStream(), user);
                        })
                        .failureHandler((request, response, e) -> {
                            var failure = throttle.failed(request.getParameter("username"), request.getRemoteAddr());
                            if (failure.retryAfterSeconds() > 0) {
                                problems.tooManyLogins(response, failure.retryAfterSeconds());
                            } else {
                                problems.write(response, 401, "Unauthorized", "Wrong username or password");
                            }
                        })
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessHandler((request, response, authentication) -> response.setStatus(204)))
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(ApiTokenFilter::hasBearerToken))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .httpBasic(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.unauthorized(request, response))
                        .accessDeniedHandler((request, response, e) -> problems.denied(request, response,
                                e instanceof CsrfException
                                        ? "Missing or invalid CSRF token: send the XSRF-TOKEN cookie's value "
                                                + "(GET /api/csrf sets it) in the X-XSRF-TOKEN header"
                                        : "Your role may not do this")))
                .addFilterAfter(new SessionCheckFilter(accounts), SecurityContextHolderFilter.class)
                .addFilterBefore(new LoginThrottleFilter(throttle, problems),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenFilter(accounts, problems), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    UserDetailsService userDetailsService(AccountRepository accounts) {
        return username -> (username.matches(UserChange.USERNAME) ? accounts.findByUsername(username)
                : Optional.<Account>empty()).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** BCrypt by default, behind a delegating encoder so stored hashes can move to a newer algorithm. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
