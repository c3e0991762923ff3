package se.samverkan.defaults.web;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebAutoConfiguration {

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** After the correlation id (the refusal carries one), before the audit trail and the token check. */
    @Bean
    FilterRegistrationBean<WriteBulkheadFilter> writeBulkheadFilter(
            @Value("${samverkan.web.writes.max-concurrent:16}") int maxConcurrent,
            @Value("${samverkan.web.writes.max-wait:50ms}") Duration maxWait,
            @Value("${samverkan.web.writes.retry-after:1s}") Duration retryAfter,
            ObjectProvider<MeterRegistry> meters) {
        FilterRegistrationBean<WriteBulkheadFilter> registration = new FilterRegistrationBean<>(new WriteBulkheadFilter(
                maxConcurrent, maxWait, retryAfter, meters.getIfAvailable(SimpleMeterRegistry::new)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }
}
