package dev.benchboard.ui.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.WrappedSession;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sessions that a shared page started get a short timeout, until the same browser opens the app proper. */
class SharedReportBootstrapTest {

    /** A servlet session as far as the timeout goes. */
    static final class Session implements WrappedSession {
        int maxInactive;
        final Map<String, Object> attributes = new HashMap<>();

        Session(int maxInactive) {
            this.maxInactive = maxInactive;
        }

        @Override public int getMaxInactiveInterval() { return maxInactive; }
        @Override public void setMaxInactiveInterval(int interval) { maxInactive = interval; }
        @Override public Object getAttribute(String name) { return attributes.get(name); }
        @Override public void setAttribute(String name, Object value) { attributes.put(name, value); }
        @Override public Set<String> getAttributeNames() { return attributes.keySet(); }
        @Override public void removeAttribute(String name) { attributes.remove(name); }
        @Override public void invalidate() { }
        @Override public String getId() { return "s"; }
        @Override public long getCreationTime() { return 0; }
        @Override public long getLastAccessedTime() { return 0; }
        @Override public boolean isNew() { return true; }
    }

    @Test
    void twoHeartbeatsLong() {
        assertThat(SharedReportBootstrap.shareSessionSeconds(300)).as("Vaadin's default heartbeat, 5 min").isEqualTo(600);
        assertThat(SharedReportBootstrap.shareSessionSeconds(5)).as("never below a minute").isEqualTo(60);
    }

    @Test
    void aSessionStartedByASharedPageIsShortUntilTheAppProperIsOpened() {
        Session session = new Session(1800);
        SharedReportBootstrap.shortenIfShared("/r/abc", session, 600);
        assertThat(session.maxInactive).isEqualTo(600);

        SharedReportBootstrap.restoreUnlessShared("/r/def", session);   // another shared page: still short
        assertThat(session.maxInactive).isEqualTo(600);

        SharedReportBootstrap.restoreUnlessShared("/", session);         // the sign-in page or a view (?v-r=init)
        assertThat(session.maxInactive).isEqualTo(1800);
        assertThat(session.attributes).doesNotContainKey(SharedReportBootstrap.DEFAULT_TIMEOUT);
    }

    @Test
    void otherSessionsKeepTheirTimeout() {
        Session app = new Session(1800);
        SharedReportBootstrap.shortenIfShared("/login", app, 600);
        assertThat(app.maxInactive).isEqualTo(1800);
        SharedReportBootstrap.restoreUnlessShared("/", app);
        assertThat(app.maxInactive).isEqualTo(1800);

        Session alreadyShort = new Session(120);
        SharedReportBootstrap.shortenIfShared("/r/abc", alreadyShort, 600);
        assertThat(alreadyShort.maxInactive).isEqualTo(120);

        Session neverExpires = new Session(0);
        SharedReportBootstrap.shortenIfShared("/r/abc", neverExpires, 600);
        assertThat(neverExpires.maxInactive).isEqualTo(600);
        SharedReportBootstrap.restoreUnlessShared("/evaluations", neverExpires);
        assertThat(neverExpires.maxInactive).isZero();
    }
}
