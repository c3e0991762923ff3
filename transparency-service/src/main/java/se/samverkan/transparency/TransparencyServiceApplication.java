package se.samverkan.transparency;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TransparencyServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TransparencyServiceApplication.class, args);
    }
}
