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
    static Justification first(KieSession session, Object fact) {
        List<Justification> all = all(session, fact, true);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every match that currently supports the fact, in the engine's order; empty when the fact is not logically held. */
    static List<Justification> all(KieSession session, Object fact) {
        return all(session, fact, false);
    }

    @SuppressWarnings("rawtypes")
    private static List<Justification> all(KieSession session, Object fact, boolean firstOnly) {
        FactHandle handle = session.getFactHandle(fact);
        if (!(handle instanceof InternalFactHandle internal)
                || !(internal.getEqualityKey() instanceof TruthMaintenanceSystemEqualityKey key)
                || key.getBeliefSet() == null) {
            return List.of();
        }
        List<Justification> found = new ArrayList<>();
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
                found.add(new Justification(match.getRule().getName(), matched));
                if (firstOnly) {
                    break;
                }
            }
        }
        return found;
    }
}
