package org.amicable.dispute.adapter.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file into a folder that another program reads: first under a temporary name, flushed to disk,
 * then renamed, so that a reader never sees half a file and a crash loses nothing that was reported written.
 */
final class FolderDrop {

    /** What goes into the file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Where {@link #writeOnce} keeps the names of the files it dropped. */
    static final String DROPPED = ".dropped";

    private FolderDrop() {
    }

    /**
     * Writes the file unless it was dropped before: a marker in the folder's {@code .dropped}
     * subfolder remembers it even after a reader took the file away.
     *
     * @return whether the file was written now
     */
    static boolean writeOnce(Path folder, String name, Content content) throws IOException {
        Path marker = folder.resolve(DROPPED).resolve(name);
        if (!marker.getParent().getParent().equals(folder)) {
            throw new IOException("file name escapes the folder: " + name);
        }
        if (Files.exists(marker) || Files.exists(folder.resolve(name))) {
            return false;
        }
        write(folder, name, content);
        Files.createDirectories(marker.getParent());
        try {
            Files.createFile(marker);
        } catch (FileAlreadyExistsException e) {
            // Dropped by another dispatcher at the same moment: the file is there either way.
        }
        return true;
    }

    static Path write(Path folder, String name, Content content) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(name);
        if (!target.getParent().equals(folder)) {
            throw new IOException("file name escapes the folder: " + name);
        }
        Path temporary = Files.createTempFile(folder, "." + name + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
