package dev.benchboard.ui;

import com.vaadin.flow.server.VaadinSession;
import dev.benchboard.evidence.EvidenceStore;
import dev.benchboard.evidence.MeasuredData;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

/**
 * For tests: makes an evidence query refused while a Vaadin session is current on the thread, i.e. under the session
 * lock of a request or a {@code ui.access} (issue 15: views draw from the cached report, computed off the UI thread;
 * a query there would hold every request of that browser tab for as long as it runs). Off unless
 * {@code benchboard.ui.forbid-evidence-queries-on-ui-thread=true}; the browser tests and the view benchmark turn it on,
 * so a view that queries on the UI thread shows an error instead of its content and the test fails.
 *
 * <p>What is refused is loading measured data (all of an evaluation's evidence, a run's histogram and series, the
 * rows of runs, GC traces and chaos experiments), i.e. the store's methods marked {@link MeasuredData}: that grows
 * with the uploads. The uploads' provenance lines (the
 * overview's list, one upload's page, a delete) are one small query each and stay allowed.
 */
@Component
@ConditionalOnProperty("benchboard.ui.forbid-evidence-queries-on-ui-thread")
class EvidenceQueryGuard implements BeanPostProcessor {

    static final String REFUSED = "evidence query on the UI thread";
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceQueryGuard.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof EvidenceStore)) return bean;
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) call -> {
            if (VaadinSession.getCurrent() != null && loadsMeasuredData(call.getMethod())) {
                IllegalStateException refused = new IllegalStateException(REFUSED + " (" + Thread.currentThread().getName()
                        + "): EvidenceStore." + call.getMethod().getName() + "; compute it in the background");
                LOG.error(refused.getMessage(), refused);
                throw refused;
            }
            return call.proceed();
        });
        LOG.warn("Evidence queries under a Vaadin session are refused (benchboard.ui.forbid-evidence-queries-on-ui-thread)");
        return proxy.getProxy(bean.getClass().getClassLoader());
    }

    /** The store's methods marked {@link MeasuredData} (found through a proxy subclass's override too). */
    static boolean loadsMeasuredData(Method method) {
        return AnnotationUtils.findAnnotation(method, MeasuredData.class) != null;
    }
}
