package org.pacta.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Search latency by endpoint, for {@code /actuator/prometheus}: {@code pacta_search_seconds{endpoint,status}}
 * over {@code /api/search}, {@code /api/agreements}, {@code /api/agreements/{id}} and {@code /api/parties}.
 */
@Configuration(proxyBeanMethods = false)
class SearchMetrics implements WebMvcConfigurer {

    private static final String START = SearchMetrics.class.getName() + ".start";

    private final MeterRegistry registry;

    SearchMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void addInterceptors(InterceptorRegistry interceptors) {
        interceptors.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                request.setAttribute(START, Timer.start(registry));
                return true;
            }

            @Override
            public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                        Exception ex) {
                if (request.getAttribute(START) instanceof Timer.Sample sample) {
                    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
                    sample.stop(Timer.builder("pacta.search")
                            .description("Time to answer a search, by endpoint")
                            .tag("endpoint", pattern == null ? "unknown" : pattern.toString())
                            .tag("status", Integer.toString(response.getStatus()))
                            .register(registry));
                }
            }
        }).addPathPatterns("/api/search", "/api/agreements", "/api/agreements/*", "/api/parties");
    }
}
