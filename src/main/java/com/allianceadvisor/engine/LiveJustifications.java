package com.allianceadvisor.engine;

import java.util.ArrayList;
import java.util.List;

import org.drools.core.common.InternalFactHandle;
import org.drools.tms.LogicalDependency;
import org.drools.tms.SimpleMode;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.drools.tms.beliefsystem.BeliefSet;
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

    /** The matches that currently support the fact, first one first; empty when not logically held. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static List<Justification> of(KieSession session, Object fact) {
        List<Justification> result = new ArrayList<>();
        FactHandle handle = session.getFactHandle(fact);
        if (!(handle instanceof InternalFactHandle internal)
                || !(internal.getEqualityKey() instanceof TruthMaintenanceSystemEqualityKey key)) {
            return result;
        }
        BeliefSet beliefs = key.getBeliefSet();
        if (beliefs == null) {
            return result;
        }
        for (Object mode = beliefs.getFirst(); mode instanceof SimpleMode simple; mode = simple.getNext()) {
            LogicalDependency dependency = simple.getObject();
            Match match = dependency == null ? null : dependency.getJustifier();
            if (match == null) {
                continue;
            }
            List<Object> matched = new ArrayList<>();
            for (Object o : match.getObjects()) {
                if (ExplanationRecorder.isFact(o)) {
                    matched.add(o);
                }
            }
            result.add(new Justification(match.getRule().getName(), matched));
        }
        return result;
    }
}
