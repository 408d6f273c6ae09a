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
 * body of a test method (or, for a test class to copy, the whole class), and the document names it.
 *
 * <p>In docs/LIBRARY.md, the line before each block says where it is compiled:
 * {@code <!-- compiled: dispute-adapters-mail/src/test/java/…/LibraryGuideMailTest.java#method -->}, or
 * the file alone for a whole test class. Blocks are compared with their source whitespace-normalised, and
 * a method must be a {@code @Test} of a module's test sources, so that the build runs it.
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

    @Test
    void every_block_of_the_library_guide_is_a_test_the_build_runs() throws IOException {
        String guide = Files.readString(PROJECT.resolve("docs/LIBRARY.md"), StandardCharsets.UTF_8);
        Matcher blocks = Pattern.compile("(?ms)^```java\\n(.*?)^```$").matcher(guide);
        Pattern compiled = Pattern.compile("<!-- compiled: ([\\w./-]+/src/test/java/[\\w/]+\\.java)(?:#(\\w+))? -->\\s*$");
        int checked = 0;
        while (blocks.find()) {
            String before = guide.substring(0, blocks.start()).stripTrailing();
            Matcher where = compiled.matcher(before.substring(before.lastIndexOf('\n') + 1));
            assertThat(where.find()).as("the line before the block at offset %d names its test", blocks.start()).isTrue();
            Path source = PROJECT.resolve(where.group(1));
            String expected = where.group(2) == null ? testClass(source) : testMethodBody(source, where.group(2));
            assertThat(normalised(blocks.group(1))).as("the block compiled in " + where.group()).isEqualTo(normalised(expected));
            checked++;
        }
        assertThat(checked).as("Java blocks in docs/LIBRARY.md").isGreaterThanOrEqualTo(4);
    }

    private static String normalised(String code) {
        return code.replaceAll("\\s+", " ").strip();
    }

    /** The body of a method annotated {@code @Test}. */
    private static String testMethodBody(Path source, String method) throws IOException {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        int declaration = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*(public\\s+)?void " + Pattern.quote(method) + "\\(.*")) {
                declaration = i;
            }
        }
        assertThat(declaration).as("method " + method + " in " + source).isPositive();
        assertThat(lines.get(declaration - 1).strip()).as("the annotation of " + method).isEqualTo("@Test");
        return methodBody(source, method);
    }

    /** A test class from its declaration to its end: what a reader copies. */
    private static String testClass(Path source) throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        Matcher declaration = Pattern.compile("(?m)^(public )?(abstract )?class \\w+").matcher(text);
        assertThat(declaration.find()).as("a class in " + source).isTrue();
        // A class that inherits its tests: surefire runs it for its name.
        assertThat(source.getFileName().toString()).endsWith("Test.java");
        assertThat(text).as(source + " inherits its tests").contains(" extends ");
        return text.substring(declaration.start());
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
