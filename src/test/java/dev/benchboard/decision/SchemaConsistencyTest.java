package dev.benchboard.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * data/decision-tree.schema.json is for editors; the Java loader is the authority. This keeps the names
 * the two accept the same. (The schema itself was checked with python3 jsonschema 4.26,
 * Draft202012Validator: the shipped tree passes, trees with an unknown fact, operator, property or action
 * type fail.)
 */
class SchemaConsistencyTest {

    private static final JsonNode DEFS = JsonMapper.shared()
            .readTree(Path.of("data/decision-tree.schema.json").toFile()).get("$defs");

    private static List<String> enumOf(String def) {
        return StreamSupport.stream(DEFS.get(def).get("enum").spliterator(), false).map(JsonNode::stringValue).toList();
    }

    @Test
    void schemaNamesMatchTheLoader() {
        assertThat(enumOf("fact")).containsExactlyElementsOf(FactKey.keys());
        assertThat(enumOf("requirement")).containsExactlyElementsOf(RequirementField.keys());
        assertThat(enumOf("profileAttribute")).containsExactlyElementsOf(ProfileAttribute.keys());
        assertThat(enumOf("op")).containsExactlyElementsOf(Op.keys());
        assertThat(enumOf("aggregate")).containsExactlyElementsOf(Aggregate.keys());
        assertThat(enumOf("order")).containsExactlyElementsOf(Order.keys());
        assertThat(DEFS.get("reference").get("oneOf").get(2).get("properties").get("derived").get("enum").get(0).stringValue())
                .isEqualTo(DerivedQuantity.REQUIRED_PER_INSTANCE_QPS.key());
    }
}
