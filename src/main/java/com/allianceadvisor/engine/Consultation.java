package com.allianceadvisor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.drools.core.common.InternalFactHandle;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One consultation: a Drools session holding goals and answers. Everything else (questions to ask,
 * findings, evidence, advice) is derived by the rules with logical insertion, so changing an answer
 * withdraws and re-derives whatever depended on it.
 */
public final class Consultation implements AutoCloseable {
    /** A guard against rules that keep firing each other. */
    static final int FIRING_LIMIT = FiringGuard.FIRING_LIMIT;

    private final KieSession session;
    private final ExplanationRecorder recorder = new ExplanationRecorder();
    private final FiringGuard guard = new FiringGuard();
    private String fault;
    private final List<String> goals;
    private final Map<String, FactHandle> answers = new LinkedHashMap<>();
    private final Map<String, FactHandle> partnerAnswers = new LinkedHashMap<>();
    private final Set<String> assumed = new LinkedHashSet<>();
    /** The alliance facts given to this consultation (not those the rules derive), for copies. */
    private final List<AllianceFact> allianceFacts = new java.util.ArrayList<>();
    /** The names of the rules that fired in this consultation, for coverage. */
    private final Set<String> fired = new java.util.HashSet<>();
    /** The rules in the order they fired (at most {@value #TRACE_LIMIT}), for {@code kb trace}. */
    private final List<String> firingOrder = new java.util.ArrayList<>();
    public static final int TRACE_LIMIT = 20_000;

    Consultation(KieSession session, Collection<String> goals) {
        this(session, goals, true, Map.of(), Map.of());
    }

    /** A consultation that starts with answers already given: the rules run once over goals and answers together. */
    Consultation(KieSession session, Collection<String> goals, Map<String, String> given, Map<String, String> partner) {
        this(session, goals, true, given, partner);
    }

    private Consultation(KieSession session, Collection<String> goals, boolean explain) {
        this(session, goals, explain, Map.of(), Map.of());
    }

    /**
     * @param explain  whether to record explanations (a throw-away copy for what-if questions needs none)
     * @param starting answers inserted with the goals, before the rules first run (and the partner's)
     */
    private Consultation(KieSession session, Collection<String> goals, boolean explain, Map<String, String> starting,
                         Map<String, String> startingPartner) {
        this.session = session;
        this.goals = List.copyOf(new LinkedHashSet<>(goals));
        if (explain) {
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
        }
        session.addEventListener(guard);
        session.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
                if (firingOrder.size() < TRACE_LIMIT) {
                    firingOrder.add(event.getMatch().getRule().getName());
                }
            }
        });
        for (String goal : this.goals) {
            session.insert(new Goal(goal));
        }
        starting.forEach((id, value) -> replace(answers, id, new Answer(id, value)));
        startingPartner.forEach((id, value) -> replace(partnerAnswers, id, new PartnerAnswer(id, value)));
        fire();
    }

    public List<String> goals() {
        return goals;
    }

    /** Records (or replaces) an answer and lets the rules react. */
    public void answer(String questionId, String value) {
        assumed.remove(questionId);
        put(answers, questionId, new Answer(questionId, value));
    }

    /**
     * Records an answer the user was not asked for (the interview found that no answer could change the
     * outcome); it counts as an answer for the rules and is listed by {@link #assumed()}.
     */
    public void assume(String questionId, String value) {
        put(answers, questionId, new Answer(questionId, value));
        assumed.add(questionId);
    }

    /** The question ids whose answer was assumed rather than given, in the order they were assumed. */
    public Set<String> assumed() {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(assumed));
    }

    /**
     * A separate consultation on the same rules with the same goals, answers and alliance facts, for looking ahead
     * (what would happen if...) without touching this one. It records no explanations. Close it after use.
     */
    public Consultation fork() {
        Consultation copy = new Consultation(session.getKieBase().newKieSession(), goals, false);
        answers().forEach((id, value) -> copy.answers.put(id, copy.session.insert(new Answer(id, value))));
        partnerAnswers().forEach((id, value) -> copy.partnerAnswers.put(id, copy.session.insert(new PartnerAnswer(id, value))));
        copy.assumed.addAll(assumed);
        copy.allianceFacts.addAll(allianceFacts);
        allianceFacts.forEach(copy.session::insert);
        copy.fire();
        return copy;
    }

    private void replace(Map<String, FactHandle> handles, String questionId, AnswerFact fact) {
        FactHandle old = handles.remove(questionId);
        if (old != null) {
            session.delete(old);
        }
        handles.put(questionId, session.insert(fact));
    }

    /** Records (or replaces) the partner's answer to a question. */
    public void partnerAnswer(String questionId, String value) {
        put(partnerAnswers, questionId, new PartnerAnswer(questionId, value));
    }

    private void put(Map<String, FactHandle> handles, String questionId, AnswerFact fact) {
        if (fault != null) {
            throw new RuleFaultException("this consultation was stopped: " + fault);
        }
        FactHandle old = handles.remove(questionId);
        if (old != null) {
            session.delete(old);
        }
        handles.put(questionId, session.insert(fact));
        fire();
    }

    /** Adds what is known about the alliances of a portfolio (their answers and findings) and lets the rules react. */
    public void addAllianceFacts(Collection<AllianceFact> facts) {
        allianceFacts.addAll(facts);
        facts.forEach(session::insert);
        fire();
    }

    /** Takes an answer back, as if the question had never been answered. */
    public void withdraw(String questionId) {
        live();
        assumed.remove(questionId);
        FactHandle old = answers.remove(questionId);
        if (old != null) {
            session.delete(old);
            fire();
        }
    }

    /** Takes the partner's answer to a question back. */
    public void withdrawPartner(String questionId) {
        live();
        FactHandle old = partnerAnswers.remove(questionId);
        if (old != null) {
            session.delete(old);
            fire();
        }
    }

    /** Lets the rules react; a rule fault stops this consultation for good and frees its session. */
    private void fire() {
        if (fault != null) {
            throw new RuleFaultException("this consultation was stopped: " + fault);
        }
        try {
            guard.fire(session);
        } catch (RuleFaultException e) {
            fault = e.getMessage();
            session.dispose();
            throw e;
        }
    }

    /** The names of the rules that have fired in this consultation so far (also those whose conclusions were withdrawn). */
    public Set<String> firedRules() {
        return java.util.Collections.unmodifiableSet(fired);
    }

    /** The rules in the order they fired so far, the first {@value #TRACE_LIMIT} firings (a rule may fire more than once). */
    public List<String> firingOrder() {
        return java.util.Collections.unmodifiableList(firingOrder);
    }

    /** Whether a rule fault stopped this consultation. */
    public boolean stopped() {
        return fault != null;
    }

    /** The answers in the order they were given: question id to value. */
    public Map<String, String> answers() {
        return values(answers);
    }

    public Map<String, String> partnerAnswers() {
        return values(partnerAnswers);
    }

    private void live() {
        if (fault != null) {
            throw new RuleFaultException("this consultation was stopped: " + fault);
        }
    }

    private Map<String, String> values(Map<String, FactHandle> handles) {
        live();
        Map<String, String> values = new LinkedHashMap<>();
        handles.forEach((id, handle) -> values.put(id, ((AnswerFact) session.getObject(handle)).getValue()));
        return values;
    }

    /** The questions still relevant and unanswered, in the given order; each appears once with all its goals. */
    public List<PendingQuestion> pending(Comparator<PendingQuestion> order) {
        Map<String, PendingQuestion> byId = new LinkedHashMap<>();
        for (Ask ask : facts(Ask.class)) {
            byId.merge(ask.getQuestionId(), new PendingQuestion(ask.getQuestionId(), ask.getPriority(), Set.of(ask.getGoal())),
                    PendingQuestion::merge);
        }
        List<PendingQuestion> list = new ArrayList<>(byId.values());
        list.sort(order);
        return list;
    }

    /** The findings: key to its values, sorted. */
    public Map<String, List<String>> findings() {
        Map<String, Set<String>> sets = new TreeMap<>();
        for (Finding f : facts(Finding.class)) {
            sets.computeIfAbsent(f.getKey(), k -> new TreeSet<>()).add(f.getValue());
        }
        Map<String, List<String>> result = new TreeMap<>();
        sets.forEach((k, v) -> result.put(k, List.copyOf(v)));
        return result;
    }

    public List<Advice> advice() {
        return facts(Advice.class);
    }

    /**
     * All facts of one type currently in the session, in the order they were inserted (the session's own
     * iteration order depends on identity hashes and varies from run to run; reports must not).
     */
    public <T> List<T> facts(Class<T> type) {
        live();
        List<FactHandle> handles = new ArrayList<>(session.getFactHandles(type::isInstance));
        handles.sort(Comparator.comparingLong(h -> ((InternalFactHandle) h).getId()));
        List<T> list = new ArrayList<>(handles.size());
        for (FactHandle h : handles) {
            list.add(type.cast(((InternalFactHandle) h).getObject()));
        }
        return list;
    }

    /** Why a fact exists; null for facts the user gave (answers, goals). */
    public Justification justification(Object fact) {
        Justification live = LiveJustifications.first(session, fact);
        return live != null ? live : recorder.justification(fact);
    }

    /**
     * Every reason a fact holds now: each rule match that supports it (a fact two rules concluded has two),
     * or the recorded one; empty for facts the user gave.
     */
    public List<Justification> justifications(Object fact) {
        List<Justification> live = LiveJustifications.all(session, fact);
        if (!live.isEmpty()) {
            return live;
        }
        Justification recorded = recorder.justification(fact);
        return recorded == null ? List.of() : List.of(recorded);
    }

    /** The facts a rule match used, with the evidence behind a score (its rule sums the evidence, not one match). */
    public List<Object> supports(Object fact, Justification j) {
        List<Object> supports = new ArrayList<>(j.matched());
        if (fact instanceof Score score) {
            for (Evidence e : facts(Evidence.class)) {
                if (e.getTopic().equals(score.getTopic()) && e.getOption().equals(score.getOption()) && !supports.contains(e)) {
                    supports.add(e);
                }
            }
        }
        return supports;
    }

    /** The derived facts whose rule used the given fact, each with that rule. */
    public Map<Object, Justification> usersOf(Object fact) {
        return recorder.usersOf(fact);
    }

    /** The current answer fact of a question, or null. */
    public Answer answerFact(String questionId) {
        FactHandle handle = answers.get(questionId);
        return handle == null ? null : (Answer) session.getObject(handle);
    }

    /** The derivation of a fact down to the answers, as a tree. */
    public Derivation derive(Object fact) {
        return derive(fact, new java.util.HashSet<>());
    }

    private Derivation derive(Object fact, Set<Object> seen) {
        if (!seen.add(fact)) {
            return new Derivation(fact, null, List.of());
        }
        Justification j = justification(fact);
        if (j == null) {
            return new Derivation(fact, null, List.of());
        }
        List<Derivation> children = new ArrayList<>();
        for (Object support : supports(fact, j)) {
            if (!(support instanceof Goal)) {
                children.add(derive(support, seen));
            }
        }
        return new Derivation(fact, j.rule(), children);
    }

    /**
     * A new consultation on the same rule base with the same goals and answers (in the order given):
     * what-if questions and sensitivity analysis work on it and leave this one untouched. Its live
     * justifications still explain a fact; the event record of withdrawn ones is not kept.
     */
    public Consultation copy() {
        Consultation copy = new Consultation(session.getKieBase().newKieSession(), goals, false);
        answers().forEach((id, value) -> copy.answers.put(id, copy.session.insert(new Answer(id, value))));
        partnerAnswers().forEach((id, value) -> copy.partnerAnswers.put(id, copy.session.insert(new PartnerAnswer(id, value))));
        copy.fire();
        return copy;
    }

    /** The names of the rules that carry the given metadata tag (e.g. {@code @bookkeeping} in the DRL). */
    public Set<String> rulesTagged(String tag) {
        org.kie.api.KieBase base = session.getKieBase();
        synchronized (TAGGED) {
            return TAGGED.computeIfAbsent(base, b -> new java.util.concurrent.ConcurrentHashMap<>()).computeIfAbsent(tag, t -> {
                Set<String> names = new java.util.HashSet<>();
                base.getKiePackages().forEach(p -> p.getRules().forEach(r -> {
                    if (r.getMetaData().containsKey(t)) {
                        names.add(r.getName());
                    }
                }));
                return java.util.Collections.unmodifiableSet(names);
            });
        }
    }

    /** Tagged rule names per rule base (the same for every consultation on it), computed once. */
    private static final Map<org.kie.api.KieBase, Map<String, Set<String>>> TAGGED = new java.util.WeakHashMap<>();

    @Override
    public void close() {
        if (fault == null) {
            session.dispose();
        }
    }
}
