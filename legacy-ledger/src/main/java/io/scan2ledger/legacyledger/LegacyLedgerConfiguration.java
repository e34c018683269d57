package io.scan2ledger.legacyledger;

import io.scan2ledger.legacyledger.fault.Faults;
import io.scan2ledger.legacyledger.ledger.EntryCheck;
import io.scan2ledger.legacyledger.store.LedgerStore;
import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.embedded.EmbeddedWebServerFactoryCustomizerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole ledger application. Auto-configuration is listed, not enabled wholesale: embedded in
 * another application's test JVM, its classpath holds Spring Security, Flyway, Camel... which
 * must not configure this foreign system. The scan stays inside this package.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        ServletWebServerFactoryAutoConfiguration.class,
        EmbeddedWebServerFactoryCustomizerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class})
@ComponentScan(basePackageClasses = LegacyLedgerConfiguration.class)
@EnableConfigurationProperties(LedgerSettings.class)
public class LegacyLedgerConfiguration {

    /** A ward office in Japan: 登録日時 and the year of each 台帳番号 are Japan time. */
    @Bean
    Clock ledgerClock() {
        return Clock.system(ZoneId.of("Asia/Tokyo"));
    }

    @Bean
    DataSource ledgerDataSource(LedgerSettings settings) {
        return DataSourceBuilder.create().url(settings.jdbcUrl()).username("sa").password("").build();
    }

    @Bean
    LedgerStore ledgerStore(DataSource dataSource, Clock clock) {
        return new LedgerStore(dataSource, new TransactionTemplate(new JdbcTransactionManager(dataSource)), clock);
    }

    @Bean
    EntryCheck entryCheck(Clock clock) {
        return new EntryCheck(clock);
    }

    @Bean
    Faults faults(LedgerSettings settings) {
        return new Faults(settings.faults());
    }
}
