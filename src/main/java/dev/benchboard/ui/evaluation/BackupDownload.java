package dev.benchboard.ui.evaluation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.benchboard.backup.BackupService;

/**
 * "Download backup": the evaluation's backup archive, streamed through the signed-in session (the REST
 * API takes only tokens), for everyone who may view the evaluation.
 */
final class BackupDownload {

    private BackupDownload() {
    }

    static Anchor link(BackupService backups, long evaluationId) {
        DownloadHandler archive = event -> {
            event.setFileName(backups.fileName(evaluationId));
            event.setContentType("application/zip");
            backups.write(evaluationId, event.getOutputStream());
        };
        Anchor link = new Anchor();
        link.setHref(archive, AttachmentType.DOWNLOAD);
        // A button inside the link, so it looks like the other actions of the header; the link downloads.
        link.add(new Button(link.getTranslation("evaluation.backup.download"), VaadinIcon.DOWNLOAD_ALT.create()));
        link.setId("download-backup");
        link.setTitle(link.getTranslation("evaluation.backup.download.tooltip"));
        return link;
    }
}
