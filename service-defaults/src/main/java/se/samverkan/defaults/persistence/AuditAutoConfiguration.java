package se.samverkan.defaults.persistence;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;

@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@ConditionalOnBean(MongoTemplate.class)
public class AuditAutoConfiguration {

    @Bean
    AuditLog auditLog(MongoTemplate mongo, Clock clock) {
        return new AuditLog(mongo, clock);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<AuditTrailFilter> auditTrailFilter(AuditLog audit) {
        FilterRegistrationBean<AuditTrailFilter> registration = new FilterRegistrationBean<>(new AuditTrailFilter(audit));
        // inside the correlation id filter, so the entry carries the request's correlation id
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    AuditLogController auditLogController(AuditLog audit) {
        return new AuditLogController(audit);
    }
}
