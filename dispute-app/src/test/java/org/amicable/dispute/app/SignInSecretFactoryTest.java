package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.amicable.dispute.adapter.web.SignInSecret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key of the sign-in sessions: configured, it is used as it is; left out, the embedded run makes one at
 * its first start in a file only its user can read, and finds the same one at every start after.
 */
class SignInSecretFactoryTest {

    private final SignInSecretFactory factory = new SignInSecretFactory();

    @Test
    void without_a_configured_secret_the_first_start_makes_a_key_file_that_later_starts_read_again(@TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("data/sign-in.key");

        SignInSecret first = factory.signInSecret(Optional.of(""), file.toString());
        SignInSecret afterRestart = factory.signInSecret(Optional.empty(), file.toString());
        SignInSecret elsewhere = factory.signInSecret(Optional.empty(), folder.resolve("other.key").toString());

        assertThat(afterRestart).isEqualTo(first);
        assertThat(elsewhere).isNotEqualTo(first);
        assertThat(Files.readAllBytes(file)).hasSize(SignInSecret.MIN_BYTES);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void a_configured_secret_is_the_key_and_a_short_one_is_refused_naming_the_setting(@TempDir Path folder) {
        String secret = "a secret shared by every instance, 32+";

        assertThat(factory.signInSecret(Optional.of(secret), folder.resolve("unused.key").toString()))
                .isEqualTo(new SignInSecret(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(folder.resolve("unused.key")).doesNotExist();
        assertThatThrownBy(() -> factory.signInSecret(Optional.of("short"), folder.resolve("k").toString()))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("amicable.sign-in.secret");
    }
}
