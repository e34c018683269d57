package io.scan2ledger.app;

import io.scan2ledger.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication(scanBasePackages = {"io.scan2ledger.app", "io.scan2ledger.web"})
@ConfigurationPropertiesScan("io.scan2ledger.app")
public class Scan2LedgerApplication {

    public static void main(String[] args) {
        if (Commands.isCommand(args)) {
            System.exit(Commands.run(args));
        }
        SpringApplication.run(Scan2LedgerApplication.class, args);
    }
}
