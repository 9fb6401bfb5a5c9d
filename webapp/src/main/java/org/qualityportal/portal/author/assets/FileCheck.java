package org.qualityportal.portal.author.assets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an uploaded file may become an asset: not empty, not too large, a name that is not
 * a page or a program, a type (from content) among the allowed ones, a name that does not claim
 * another type, and whole. Each refusal says why, in Russian, for the editor.
 */
final class FileCheck {
    private final TypeDetector detector = new TypeDetector();
    private final long maxSize;
    private final Set<String> allowed;
    private final String allowedLabels;

    FileCheck(AssetProperties properties) {
        this.maxSize = properties.maxSize().toBytes();
        this.allowed = Set.copyOf(properties.allowedTypes());
        this.allowedLabels = String.join(", ", properties.allowedTypes().stream().map(FileTypes::label).toList());
    }

    /** The outcome for one file: its detected type, or the reason it is refused. */
    record Verdict(String mimeType, String problem) {
        static Verdict accepted(String mimeType) {
            return new Verdict(mimeType, null);
        }

        static Verdict refused(String problem) {
            return new Verdict(null, problem);
        }

        boolean ok() {
            return problem == null;
        }
    }

    Verdict check(Path file, String fileName) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return Verdict.refused("Файл пустой (0 байт).");
        }
        if (size > maxSize) {
            return Verdict.refused("Файл больше допустимого: " + Sizes.format(size) + " при пределе " + Sizes.format(maxSize) + ".");
        }
        if (FileTypes.isRefusedExtension(fileName)) {
            return Verdict.refused("Файлы с расширением «." + FileTypes.extension(fileName)
                    + "» не принимаются: браузер или компьютер может открыть их как программу или веб-страницу.");
        }
        String type;
        try {
            type = detector.detect(file, fileName);
        } catch (BrokenFileException e) {
            return Verdict.refused("Файл повреждён: " + e.getMessage() + ".");
        }
        if (!allowed.contains(type)) {
            return Verdict.refused("По содержимому это " + FileTypes.label(type) + " — такие файлы не принимаются. "
                    + "Можно загружать: " + allowedLabels + ".");
        }
        Optional<String> claimed = FileTypes.claimedBy(fileName);
        if (claimed.isPresent() && !claimed.get().equals(type) && !bothText(claimed.get(), type)) {
            return Verdict.refused("Имя файла указывает на " + FileTypes.label(claimed.get()) + " (." + FileTypes.extension(fileName)
                    + "), но по содержимому это " + FileTypes.label(type) + ". Проверьте, тот ли это файл.");
        }
        Optional<String> broken = FileIntegrity.problem(file, type);
        return broken.map(Verdict::refused).orElseGet(() -> Verdict.accepted(type));
    }

    private static boolean bothText(String a, String b) {
        List<String> text = List.of(FileTypes.TXT, FileTypes.CSV);
        return text.contains(a) && text.contains(b);
    }
}
