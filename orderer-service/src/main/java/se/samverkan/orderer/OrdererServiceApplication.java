package se.samverkan.orderer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OrdererServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrdererServiceApplication.class, args);
    }
}
