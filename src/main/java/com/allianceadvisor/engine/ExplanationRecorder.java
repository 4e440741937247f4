package com.allianceadvisor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

/** Records, from engine events, which rule inserted each fact and what that rule matched. */
final class ExplanationRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final Map<Object, Justification> justifications = new HashMap<>();
    private Match current;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = event.getMatch();
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null && current != null) {
            List<Object> matched = new ArrayList<>();
            for (Object o : current.getObjects()) {
                if (isFact(o)) {
                    matched.add(o);
                }
            }
            justifications.put(event.getObject(), new Justification(event.getRule().getName(), matched));
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // facts are immutable; nothing to record
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        justifications.remove(event.getOldObject());
    }

    /** The facts whose recorded justification matched the given fact, with the rule that used it. */
    Map<Object, Justification> usersOf(Object fact) {
        Map<Object, Justification> users = new HashMap<>();
        justifications.forEach((derived, j) -> {
            if (j.matched().contains(fact)) {
                users.put(derived, j);
            }
        });
        return users;
    }

    Justification justification(Object fact) {
        return justifications.get(fact);
    }

    static boolean isFact(Object o) {
        return o instanceof AnswerFact || o instanceof Goal || o instanceof Finding || o instanceof Evidence
                || o instanceof Score || o instanceof Swing || o instanceof Ask || o instanceof Advice || o instanceof AllianceFact;
    }
}
