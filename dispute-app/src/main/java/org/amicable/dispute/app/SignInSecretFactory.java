package org.amicable.dispute.app;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import org.amicable.dispute.adapter.web.SignInSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that signs people's session cookies, read when the application starts. Set
 * {@code amicable.sign-in.secret} (at least 32 characters, the same on every instance); without it, the key
 * is read from {@code amicable.sign-in.secret-file} (beside the embedded database by default), made there
 * at the first start with 32 random bytes, so that sessions survive a restart.
 */
@Factory
final class SignInSecretFactory {

    static final String SECRET = "amicable.sign-in.secret";
    static final String SECRET_FILE = "amicable.sign-in.secret-file";
    private static final Logger LOG = LoggerFactory.getLogger("amicable");

    @Context
    SignInSecret signInSecret(@Value("${" + SECRET + ":}") Optional<String> secret,
            @Value("${" + SECRET_FILE + ":./data/sign-in.key}") String file) {
        Optional<String> configured = secret.filter(value -> !value.isEmpty());
        if (configured.isPresent()) {
            byte[] key = configured.get().getBytes(StandardCharsets.UTF_8);
            if (key.length < SignInSecret.MIN_BYTES || configured.get().isBlank()) {
                throw new InvalidSettingException(SECRET, "at least " + SignInSecret.MIN_BYTES
                        + " characters, e.g. the output of: openssl rand -base64 32");
            }
            return new SignInSecret(key);
        }
        Path path = Path.of(file);
        try {
            if (!Files.exists(path)) {
                create(path);
            }
            byte[] key = Files.readAllBytes(path);
            if (key.length < SignInSecret.MIN_BYTES) {
                throw new InvalidSettingException(SECRET_FILE, "a file of at least " + SignInSecret.MIN_BYTES
                        + " bytes; " + path + " holds " + key.length);
            }
            return new SignInSecret(key);
        } catch (IOException e) {
            throw new InvalidSettingException(SECRET_FILE, "a file the application can read, or create: " + path, e);
        }
    }

    private static void create(Path path) throws IOException {
        byte[] key = new byte[SignInSecret.MIN_BYTES];
        new SecureRandom().nextBytes(key);
        Path folder = path.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "sign-in", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's permissions apply.
            }
            Files.write(partial, key);
            Files.move(partial, path);
            LOG.info("Made a new key for the sign-in sessions in {}; set {} to share one between instances", path,
                    SECRET);
        } catch (FileAlreadyExistsException another) {
            // Another instance made it first: its key is the one to use.
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
