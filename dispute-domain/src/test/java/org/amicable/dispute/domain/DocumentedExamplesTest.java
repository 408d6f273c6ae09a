package org.amicable.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Java examples of the documentation are compiled and run: each block of Java in a document is the
 * body of a test method, word for word, and that method says so by naming the document.
 */
class DocumentedExamplesTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();
    private static final Path TESTS = Path.of("src/test/java/org/amicable/dispute/domain");

    @Test
    void the_readme_example_is_the_body_of_the_library_test() throws IOException {
        List<String> blocks = javaBlocks(PROJECT.resolve("README.md"));
        String body = methodBody(TESTS.resolve("UsingTheDomainAsALibraryTest.java"),
                "open_a_claim_run_the_escalation_and_read_the_first_reminder");

        assertThat(blocks).as("the Java blocks of README.md").containsExactly(body);
    }

    /** The blocks fenced as {@code java} in a Markdown document. */
    static List<String> javaBlocks(Path document) throws IOException {
        Matcher blocks = Pattern.compile("(?ms)^```java\\n(.*?)^```$").matcher(Files.readString(document, StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        while (blocks.find()) {
            found.add(blocks.group(1));
        }
        return found;
    }

    /** The body of a test method, its lines taken back to the left margin. */
    static String methodBody(Path source, String method) throws IOException {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*(public\\s+)?void " + Pattern.quote(method) + "\\(.*\\{\\s*")) {
                start = i + 1;
                break;
            }
        }
        assertThat(start).as("method " + method + " in " + source).isPositive();
        String indent = lines.get(start).replaceAll("\\S.*", "");
        StringBuilder body = new StringBuilder();
        for (int i = start; !lines.get(i).equals(indent.substring(4) + "}"); i++) {
            String line = lines.get(i);
            body.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip()).append('\n');
        }
        return body.toString();
    }
}
