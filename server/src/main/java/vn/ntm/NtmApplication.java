package vn.ntm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** ntm-map: the digital-map monitoring service of the New Rural Development programme. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NtmApplication {

    public static void main(String[] args) {
        SpringApplication.run(NtmApplication.class, args);
    }
}
