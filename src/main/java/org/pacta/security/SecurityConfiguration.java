package org.pacta.security;

import org.pacta.config.PactaProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    FilterRegistrationBean<WriteAccessFilter> writeAccessFilter(PactaProperties properties) {
        FilterRegistrationBean<WriteAccessFilter> registration =
                new FilterRegistrationBean<>(new WriteAccessFilter(ApiKeys.parse(properties.apiKeys())));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
