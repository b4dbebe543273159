package dev.benchboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchboard.decision.DecisionTree;
import dev.benchboard.decision.DecisionTrees;
import dev.benchboard.decision.InvalidDecisionDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped decision tree parsed once, and again only when its file changes. */
class ReloadedOnChangeTest {

    private static final Path SHIPPED_TREE = Path.of("data", DecisionTrees.DEFAULT_FILE_NAME);

    @TempDir
    Path dir;

    private final AtomicInteger parses = new AtomicInteger();

    private ReloadedOnChange<DecisionTree> treeAt(Path file) {
        return new ReloadedOnChange<>(file, json -> {
            parses.incrementAndGet();
            return DecisionTrees.parse(file.toString(), json);
        });
    }

    @Test
    void parsesOnceWhileTheFileIsUnchanged() throws IOException {
        Path file = Files.copy(SHIPPED_TREE, dir.resolve("decision-tree.json"));
        ReloadedOnChange<DecisionTree> tree = treeAt(file);

        DecisionTree first = tree.get();
        for (int i = 0; i < 5; i++) assertThat(tree.get()).isSameAs(first);
        assertThat(parses).hasValue(1);
        assertThat(first.id()).isEqualTo(DecisionTrees.load(SHIPPED_TREE).id());
    }

    @Test
    void parsesAgainAfterAnEdit() throws IOException {
        Path file = Files.copy(SHIPPED_TREE, dir.resolve("decision-tree.json"));
        ReloadedOnChange<DecisionTree> tree = treeAt(file);
        DecisionTree before = tree.get();

        String edited = Files.readString(file).replace("\"production-api-framework\"", "\"edited-tree\"");
        assertThat(edited).isNotEqualTo(Files.readString(file));
        FileTime modified = Files.getLastModifiedTime(file);
        Files.writeString(file, edited);
        // Same time as before: the size still tells the edit apart.
        Files.setLastModifiedTime(file, modified);

        assertThat(tree.get().id()).isEqualTo("edited-tree");
        assertThat(before.id()).isEqualTo("production-api-framework");
        assertThat(parses).hasValue(2);
    }

    @Test
    void aFileReplacedByARenameIsReadEvenWithTheSameTimeAndSize() throws IOException {
        Path file = Files.copy(SHIPPED_TREE, dir.resolve("decision-tree.json"));
        ReloadedOnChange<DecisionTree> tree = treeAt(file);
        tree.get();

        // Same length as the id it replaces, same modification time: only the file (its inode) differs.
        String same = Files.readString(file).replace("\"production-api-framework\"", "\"production-api-framewor2\"");
        Path replacement = Files.writeString(dir.resolve("new.json"), same);
        Files.setLastModifiedTime(replacement, Files.getLastModifiedTime(file));
        Files.move(replacement, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        assertThat(tree.get().id()).isEqualTo("production-api-framewor2");
    }

    @Test
    void aBrokenEditFailsOnEveryUseWithTheFileAndLineUntilItIsFixed() throws IOException {
        Path file = Files.copy(SHIPPED_TREE, dir.resolve("decision-tree.json"));
        ReloadedOnChange<DecisionTree> tree = treeAt(file);
        String good = Files.readString(file);
        tree.get();

        Files.writeString(file, "{\n  \"schemaVersion\": 1,\n  oops\n}");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(tree::get).isInstanceOf(InvalidDecisionDataException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("line 3");
        }

        Files.writeString(file, good);
        assertThat(tree.get().id()).isEqualTo("production-api-framework");
    }

    @Test
    void aMissingFileSaysWhichFile() {
        ReloadedOnChange<DecisionTree> tree = treeAt(dir.resolve("absent.json"));
        assertThatThrownBy(tree::get).hasMessageContaining("absent.json");
    }
}
