package com.allianceadvisor.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Keeps one consultation's rules within a budget: a number of firings and a time per call to fire
 * (checked after each firing; the rule check at load refuses loops inside a consequence).
 * It remembers the most recent rule firings so that a fault names the rules involved.
 */
final class FiringGuard extends DefaultAgendaEventListener {
    /** At most this many firings for one change of the facts. */
    static final int FIRING_LIMIT = 100_000;
    /** At most this long for one change of the facts (milliseconds; {@code -Dadvisor.ruleTimeLimitMs} overrides). */
    static final long TIME_LIMIT_MS = Long.getLong("advisor.ruleTimeLimitMs", 20_000);
    private static final int REMEMBERED = 500;

    private final Deque<String> recent = new ArrayDeque<>();
    private String firing;
    private KieSession session;
    private long deadline;
    private boolean timedOut;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule().getName();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        recent.addLast(event.getMatch().getRule().getName());
        if (recent.size() > REMEMBERED) {
            recent.removeFirst();
        }
        firing = null;
        if (!timedOut && System.nanoTime() > deadline) {
            timedOut = true;
            session.halt();
        }
    }

    /** Fires the session within the budget; on a fault, throws {@link RuleFaultException} naming the rules. */
    void fire(KieSession session) {
        this.session = session;
        this.deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIME_LIMIT_MS);
        this.timedOut = false;
        int fired;
        try {
            fired = session.fireAllRules(FIRING_LIMIT);
        } catch (RuntimeException e) {
            String rule = firing != null ? firing : recent.isEmpty() ? "?" : recent.getLast();
            throw new RuleFaultException("the rule \"" + rule + "\" failed: " + cause(e));
        }
        if (fired >= FIRING_LIMIT) {
            throw new RuleFaultException("the rules fired " + fired + " times without settling; the rules that kept firing: " + busiest());
        }
        if (timedOut) {
            throw new RuleFaultException("the rules ran longer than " + TIME_LIMIT_MS / 1000 + " s without settling; the rules firing last: " + busiest());
        }
    }

    /** The rules that fired most among the recent firings, most first. */
    String busiest() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        recent.forEach(r -> counts.merge(r, 1, Integer::sum));
        List<String> names = counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(3).map(e -> "\"" + e.getKey() + "\"").toList();
        return names.isEmpty() ? "(none recorded)" : String.join(", ", names);
    }

    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        String text = root.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.split("\n")[0]);
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
