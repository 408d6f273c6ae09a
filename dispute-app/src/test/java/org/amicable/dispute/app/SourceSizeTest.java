package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No source file of the product is longer than a newcomer can read in one sitting: a class that grows
 * past the limit is doing more than one job, and is split by job.
 */
class SourceSizeTest {

    private static final int MOST_LINES = 350;
    private static final List<String> MODULES = List.of("dispute-domain", "dispute-adapters-web",
            "dispute-adapters-mail", "dispute-app");

    @Test
    void no_source_file_of_the_product_is_over_the_limit() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        Map<String, Long> lines = new TreeMap<>();
        for (String module : MODULES) {
            Path sources = root.resolve(module).resolve("src/main/java");
            assertThat(sources).as("the sources of " + module).isDirectory();
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).collect(Collectors.toList())) {
                    lines.put(root.relativize(file).toString(), lineCount(file));
                }
            }
        }
        assertThat(lines).as("source files found").hasSizeGreaterThan(100);
        assertThat(lines).as("files over %d lines", MOST_LINES).allSatisfy((file, count) ->
                assertThat(count).as(file).isLessThanOrEqualTo(MOST_LINES));
    }

    private static long lineCount(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
