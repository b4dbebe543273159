package dev.benchboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The package rules of docs/architecture.md, checked on the compiled main classes so that the build fails when one
 * breaks. ArchUnit's core library in a plain Jupiter test (its JUnit engine is not needed). Each rule's known
 * exceptions are listed by name with the reason; a new violation of the same kind still fails.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.benchboard");

    /** The cores: plain Java libraries over plain records. */
    private static final String[] CORES = {"dev.benchboard.stats..", "dev.benchboard.decision..", "dev.benchboard.ingest.format.."};

    @Test
    void theCoresImportNoFrameworkAndNoEvaluationEntity() {
        noClasses().that().resideInAnyPackage(CORES)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "com.vaadin..", "dev.benchboard.evaluation..")
                .check(MAIN);
    }

    @Test
    void statsReadsOnlyEvidenceRecords() {
        noClasses().that().resideInAPackage("dev.benchboard.stats..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.benchboard.ingest..", "dev.benchboard.report..",
                        "dev.benchboard.decision..", "dev.benchboard.ui..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .check(MAIN);
    }

    /** Views draw what the report hands them: no exceptions left (the report views read it since feat/views-draw). */
    private static final Set<String> VIEWS_STILL_READING_THE_STORE = Set.of();

    @Test
    void viewsTouchNoStoreNorRepositoryNorDatabase() {
        classes().that().resideInAPackage("dev.benchboard.ui..")
                .should(dependOnNothing("touch no store, repository, JdbcTemplate, JdbcClient or EntityManager",
                        target -> target.getSimpleName().endsWith("Repository") || target.getSimpleName().endsWith("Store")
                                || target.isAssignableTo(JdbcTemplate.class) || target.isAssignableTo(JdbcClient.class)
                                || target.isAssignableTo(EntityManager.class),
                        VIEWS_STILL_READING_THE_STORE))
                .check(MAIN);
    }

    @Test
    void everyRestControllerLivesInApi() {
        classes().that().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("dev.benchboard.api")
                .check(MAIN);
    }

    /**
     * Page controllers (HTML, not JSON) live in {@code api}, or in {@code share} for the static share page, which
     * is the share feature's own page rather than part of the API.
     */
    @Test
    void everyPageControllerLivesInApiOrShare() {
        classes().that().areAnnotatedWith(Controller.class)
                .should().resideInAnyPackage("dev.benchboard.api", "dev.benchboard.share..")
                .check(MAIN);
    }

    /**
     * Package cycles that exist today, each cut at the one class-to-class edge that closes it, with the reason it is
     * still there; any other cycle fails.
     */
    @Test
    void theTopLevelFeaturePackagesHaveNoCycles() {
        slices().matching("dev.benchboard.(*)..").should().beFreeOfCycles()
                // security -> ui: Vaadin's security configurer takes the login view's class (loginView(LoginView.class))
                // to reroute unauthenticated navigation; the string-path variant would change that rerouting, which
                // only the browser tests check. It closes security -> ui -> {backup, export, report} -> security.
                .ignoreDependency("dev.benchboard.security.SecurityConfig", "dev.benchboard.ui.account.LoginView")
                .check(MAIN);
    }

    /**
     * Cache invalidation runs after commit ({@code @TransactionalEventListener}); a plain {@code @EventListener}
     * runs inside the publisher's transaction, so a report computed between the event and the commit would be
     * cached as current. The plain listeners that remain, and why each is right as it is:
     */
    private static final Map<String, String> PLAIN_EVENT_LISTENERS = Map.of(
            "dev.benchboard.evaluation.DataVersions.bump",
            "bumps the data version inside the changing transaction on purpose: the version commits with the data",
            "dev.benchboard.demo.DemoLoader.loadOnce",
            "loads the demo on ApplicationReadyEvent (start-up, no transaction, no cache)");

    @Test
    void cacheInvalidatingListenersRunAfterCommit() {
        methods().that().areAnnotatedWith(EventListener.class)
                .should(new ArchCondition<JavaMethod>("be a listed plain listener (else use @TransactionalEventListener)") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        String name = method.getOwner().getName() + "." + method.getName();
                        if (!PLAIN_EVENT_LISTENERS.containsKey(name)) {
                            events.add(SimpleConditionEvent.violated(method, name + " is a plain @EventListener"));
                        }
                    }
                })
                .check(MAIN);
    }

    /**
     * One name per concept: no two top-level classes share a simple name. Known pairs that mean different things
     * and are left for their owners (renaming them here would collide with work in progress on other branches):
     */
    private static final Map<String, String> SHARED_NAMES = Map.of(
            "Numbers", "decision.Numbers formats reason texts (issue 14's formatter will replace it); "
                    + "ingest.format.fields.Numbers parses file values",
            "CsvTable", "export.CsvTable writes an exported table; ingest.format.fields.CsvTable reads an uploaded CSV",
            "Json", "common.Json is the app's JSON mapper; ingest.format.structured.Json is the importers' located-JSON reader");

    @Test
    void topLevelClassNamesAreUnique() {
        Map<String, List<String>> bySimpleName = new TreeMap<>();
        for (JavaClass c : MAIN) {
            if (c.isTopLevelClass() && !c.getSimpleName().equals("package-info")) {
                bySimpleName.computeIfAbsent(c.getSimpleName(), k -> new ArrayList<>()).add(c.getName());
            }
        }
        Map<String, List<String>> shared = bySimpleName.entrySet().stream()
                .filter(e -> e.getValue().size() > 1 && !SHARED_NAMES.containsKey(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        if (!shared.isEmpty()) throw new AssertionError("one name per concept, but these names are used twice: " + shared);
    }

    /** No dependency on a target the predicate matches, except the listed "origin -> target" pairs. */
    private static ArchCondition<JavaClass> dependOnNothing(String description,
                                                            java.util.function.Predicate<JavaClass> forbidden,
                                                            Set<String> exceptions) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    String edge = topLevel(origin.getName()) + " -> " + topLevel(target.getName());
                    if (forbidden.test(target) && !exceptions.contains(edge)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    /** Lambdas and inner classes count as their top-level class. */
    private static String topLevel(String className) {
        int dollar = className.indexOf('$');
        return dollar < 0 ? className : className.substring(0, dollar);
    }
}
