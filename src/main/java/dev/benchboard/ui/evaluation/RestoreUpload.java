package dev.benchboard.ui.evaluation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.benchboard.backup.BackupRefused;
import dev.benchboard.backup.RestoreResult;
import dev.benchboard.backup.RestoreService;
import dev.benchboard.format.Figures;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Restore from backup" on the evaluations list, for editors only (the list adds it only when
 * {@code CurrentUser.canEdit()}): the archive becomes a new evaluation, which is then opened. The
 * restore runs in the background; a refused archive is shown with what is wrong and where, and
 * nothing of it is stored.
 */
final class RestoreUpload extends Div {

    private static final Logger log = LoggerFactory.getLogger(RestoreUpload.class);

    private final RestoreService restores;
    private final Executor executor;
    private final Upload upload;
    private final Div status = new Div();

    RestoreUpload(RestoreService restores, Executor executor) {
        this.restores = restores;
        this.executor = executor;
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> received(metadata.fileName(), file)));
        upload.setId("restore-backup");
        upload.setI18n(dev.benchboard.ui.i18n.ComponentTexts.upload(getLocale()));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, restores.maxBytes()));
        upload.setUploadButton(new Button(getTranslation("evaluation.restore.button"), VaadinIcon.UPLOAD_ALT.create()));
        upload.setDropLabel(new Span(getTranslation("evaluation.restore.drop")));
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(rejected -> failed(rejected.getFileName() + ": " + rejected.getErrorMessage()));
        status.setId("restore-status");
        add(upload, status);
    }

    private void received(String fileName, File file) {
        UI ui = UI.getCurrent();
        status.removeAll();
        status.getStyle().remove("border-left").remove("color");
        status.add(new Span(getTranslation("evaluation.restore.running", fileName)));
        executor.execute(() -> {
            try {
                RestoreResult restored = restores.restore(file.toPath());
                ui.access(() -> {
                    Notification.show(getTranslation("evaluation.restore.done", restored.name(),
                                    Figures.count(restored.uploads(), getTranslation("evaluation.restore.upload.one"),
                                            getTranslation("evaluation.restore.upload.other")),
                                    Figures.count(restored.runs(), getTranslation("evaluation.restore.run.one"),
                                            getTranslation("evaluation.restore.run.other"))), 5000,
                            Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    EvaluationView.open(restored.id());
                });
            } catch (BackupRefused refused) {
                ui.access(() -> failed(getTranslation("evaluation.restore.refused", fileName, refused.getMessage())));
            } catch (IOException | RuntimeException e) {
                log.error("restoring {} failed", fileName, e);
                ui.access(() -> failed(getTranslation("evaluation.restore.refused", fileName, String.valueOf(e.getMessage()))));
            } finally {
                try {
                    Files.deleteIfExists(file.toPath());
                } catch (IOException e) {
                    log.warn("could not delete the uploaded backup {}", file, e);
                }
            }
        });
    }

    /** The upload component's own messages (its defaults are English), for the one archive this upload takes. */
    private UploadI18N uploadTexts() {
        return new UploadI18N().setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("evaluation.restore.error.too-many-files"))
                .setFileIsTooBig(getTranslation("evaluation.restore.error.too-big"))
                .setIncorrectFileType(getTranslation("evaluation.restore.error.not-zip")));
    }

    private void failed(String message) {
        upload.clearFileList();
        status.removeAll();
        Span text = new Span(message);
        text.getElement().setAttribute("role", "alert");
        status.add(text);
        status.getStyle().set("border-left", "4px solid var(--lumo-error-color)").set("padding-left", "var(--lumo-space-s)")
                .set("color", "var(--lumo-error-text-color)");
    }
}
