package org.pacta.web.security;

import jakarta.servlet.Filter;
import org.pacta.config.PactaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import java.io.IOException;
import java.util.List;

/** The web's defences, in the order a request meets them: headers, CORS, write rate, API key. Their refusals
 * are sent with {@code sendError} and answered as problem details by {@link org.pacta.web.support.Problems}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebSecurityProperties.class)
class SecurityConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        return registration(new SecurityHeadersFilter(), 0);
    }

    /** No origin is allowed unless configured: a page from another site can neither read nor call the API. */
    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(WebSecurityProperties web) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(web.corsOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        cors.setExposedHeaders(List.of("Location", "Retry-After"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new DefaultCorsProcessor() {
            /** A refused origin gets a problem detail like every other refusal, not a plain-text line. */
            @Override
            protected void rejectRequest(ServerHttpResponse response) throws IOException {
                ((ServletServerHttpResponse) response).getServletResponse().sendError(HttpStatus.FORBIDDEN.value(),
                        "This origin may not call the API (PACTA_CORS_ORIGINS lists the allowed ones).");
            }
        });
        return registration(filter, 1);
    }

    @Bean
    FilterRegistrationBean<WriteRateLimitFilter> writeRateLimitFilter(WebSecurityProperties web) {
        return registration(new WriteRateLimitFilter(web.writeRate(), web.writeBurst()), 2);
    }

    /** New at each start: only this run's data dir file ({@link LocalServer}) carries it. */
    @Bean
    OwnerKey ownerKey() {
        return OwnerKey.random();
    }

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(PactaProperties properties, WebSecurityProperties web, OwnerKey owner) {
        return registration(new ApiKeyFilter(ApiKeys.parse(properties.apiKeys()), ApiKeys.parse(web.readKeys()), owner), 3);
    }

    private static <F extends Filter> FilterRegistrationBean<F> registration(F filter, int position) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10 + position); // after character encoding
        return registration;
    }
}
