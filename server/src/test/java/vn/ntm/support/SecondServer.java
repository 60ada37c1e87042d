package vn.ntm.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.ntm.NtmApplication;

/**
 * Another server of the same application in this JVM, on its own random port, over the database and
 * the upload store of {@code first} (the test's own context): two servers behind one load balancer.
 */
public final class SecondServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    public SecondServer(ApplicationContext first, String... properties) {
        JdbcConnectionDetails database = first.getBean(JdbcConnectionDetails.class);
        List<String> all = new ArrayList<>(List.of("server.port=0", "spring.datasource.url=" + database.getJdbcUrl(),
                "spring.datasource.username=" + database.getUsername(),
                "spring.datasource.password=" + database.getPassword(),
                "ntm.imports.work-dir=" + first.getEnvironment().getRequiredProperty("ntm.imports.work-dir")));
        all.addAll(List.of(properties));
        context = new SpringApplicationBuilder(NtmApplication.class).profiles("test")
                .run(all.stream().map(property -> "--" + property).toArray(String[]::new));
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
