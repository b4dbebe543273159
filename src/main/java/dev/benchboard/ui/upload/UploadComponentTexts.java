package dev.benchboard.ui.upload;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import dev.benchboard.ui.i18n.Languages;
import java.util.Locale;

/**
 * The upload component's own texts (its button, its per-file states and errors) in the reader's language. Vaadin
 * writes them in English by itself, so an English reader keeps exactly Vaadin's words and only other languages
 * get theirs from the bundles ({@code upload.component.*}).
 */
final class UploadComponentTexts {

    private UploadComponentTexts() {
    }

    static void apply(Upload upload, Locale locale) {
        if (locale == null || locale.getLanguage().equals(Languages.ENGLISH.getLanguage())) return;
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(text(upload, "add-file")).setMany(text(upload, "add-files")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(text(upload, "drop-file")).setMany(text(upload, "drop-files")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(text(upload, "too-many-files"))
                .setFileIsTooBig(text(upload, "file-too-big")).setIncorrectFileType(text(upload, "incorrect-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(text(upload, "connecting"))
                        .setStalled(text(upload, "stalled")).setProcessing(text(upload, "processing")).setHeld(text(upload, "held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(text(upload, "remaining"))
                        .setUnknown(text(upload, "remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(text(upload, "server-unavailable"))
                        .setUnexpectedServerError(text(upload, "server-error")).setForbidden(text(upload, "forbidden"))
                        .setFileTooLarge(text(upload, "file-too-big"))));
        i18n.setFile(new UploadI18N.File().setRetry(text(upload, "retry")).setStart(text(upload, "start"))
                .setRemove(text(upload, "remove")));
        upload.setI18n(i18n);
    }

    private static String text(Upload upload, String what) {
        return upload.getTranslation("upload.component." + what);
    }
}
