package vn.ntm;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages are modules: no cycles between them and no reach into another module's internals
 * (only its base package or a named interface). A new cycle fails the build here.
 */
class ModulesTest {

    @Test
    void modulesHaveNoCyclesAndUseOnlyPublishedTypes() {
        // vn.ntm.gis is the gis-data library (its own Maven module, no Spring), not a module of this application.
        ApplicationModules.of(NtmApplication.class, resideInAPackage("vn.ntm.gis..")).verify();
    }
}
