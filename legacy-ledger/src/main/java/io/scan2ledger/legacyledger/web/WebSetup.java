package io.scan2ledger.legacyledger.web;

import io.scan2ledger.legacyledger.LedgerSettings;
import io.scan2ledger.legacyledger.fault.Faults;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The order the old system checks a request in: down? logged in and not timed out? token? */
@Configuration(proxyBeanMethods = false)
class WebSetup implements WebMvcConfigurer {

    private static final String ADMIN = "/admin/**";

    private final LedgerSettings settings;
    private final Faults faults;
    private final Clock clock;

    WebSetup(LedgerSettings settings, Faults faults, Clock clock) {
        this.settings = settings;
        this.faults = faults;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new DownSwitch(faults)).excludePathPatterns(ADMIN);
        registry.addInterceptor(new SessionGuard(settings.sessionTimeout(), faults, clock))
                .excludePathPatterns("/", "/login.do", "/favicon.ico", ADMIN);
        registry.addInterceptor(new CsrfGuard()).excludePathPatterns(ADMIN);
        registry.addInterceptor(new AdminToken(settings.adminToken())).addPathPatterns(ADMIN);
    }

    @Bean
    FilterRegistrationBean<ShiftJisRequestFilter> shiftJisRequests() {
        FilterRegistrationBean<ShiftJisRequestFilter> registration =
                new FilterRegistrationBean<>(new ShiftJisRequestFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    HtmlPageConverter htmlPageConverter() {
        return new HtmlPageConverter();
    }
}
