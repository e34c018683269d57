package io.scan2ledger.app;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

/** The same end-to-end tests on the production profile: PostgreSQL with the same Flyway migrations. */
@ActiveProfiles("postgres")
class IntakePostgresEndToEndTest extends IntakeEndToEndTest {

    static final Path HOME = IntakeH2EndToEndTest.tempHome("s2l-pg-");
    static PostgresDatabase database;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        database = PostgresDatabase.createOrSkip();
        IntakeEndToEndTest.fastIntake(HOME, registry);
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.drop();
        }
    }

    @Override
    Path home() {
        return HOME;
    }
}
