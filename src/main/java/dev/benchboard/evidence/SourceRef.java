package dev.benchboard.evidence;

/**
 * The upload a figure came from: enough to find the file and check its bytes. One record for every figure that
 * names its source: report sections, regression rows and the decision's facts and observations.
 */
public record SourceRef(long uploadId, String fileName, String format, String sha256) {

    public static SourceRef of(Evidence.Source source) {
        return new SourceRef(source.uploadId(), source.fileName(), source.format(), source.sha256());
    }
}
