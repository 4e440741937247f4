package com.allianceadvisor.engine;

import java.util.ArrayList;
import java.util.List;

import org.drools.core.common.InternalFactHandle;
import org.drools.tms.LogicalDependency;
import org.drools.tms.SimpleMode;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

/**
 * Reads the current justifications of a logically inserted fact from Drools' truth maintenance. A fact
 * can be supported by several rule matches; insertion events only show the first, which may since have
 * been withdrawn while another match keeps the fact alive. This asks the engine which matches support
 * it now.
 */
final class LiveJustifications {
    private LiveJustifications() {
    }

    /** The first match that currently supports the fact, or null when the fact is not logically held. */
    @SuppressWarnings("rawtypes")
    static Justification first(KieSession session, Object fact) {
        FactHandle handle = session.getFactHandle(fact);
        if (!(handle instanceof InternalFactHandle internal)
                || !(internal.getEqualityKey() instanceof TruthMaintenanceSystemEqualityKey key)
                || key.getBeliefSet() == null) {
            return null;
        }
        for (Object mode = key.getBeliefSet().getFirst(); mode instanceof SimpleMode simple; mode = simple.getNext()) {
            LogicalDependency dependency = simple.getObject();
            Match match = dependency == null ? null : dependency.getJustifier();
            if (match != null) {
                List<Object> matched = new ArrayList<>();
                for (Object o : match.getObjects()) {
                    if (ExplanationRecorder.isFact(o)) {
                        matched.add(o);
                    }
                }
                return new Justification(match.getRule().getName(), matched);
            }
        }
        return null;
    }
}
