package io.stocktrace;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StocktraceApplication {
    public static void main(String[] args) {
        SpringApplication.run(StocktraceApplication.class, args);
    }
}
