package com.allianceadvisor.interview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.engine.Finding;
import com.allianceadvisor.engine.PendingQuestion;
import com.allianceadvisor.engine.Score;
import com.allianceadvisor.knowledge.EvidenceTable;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.Question;

/**
 * The most telling question first, for the topics that settle: where the asking order reaches an open
 * question of a scored topic that is not yet settled, the topic's pending questions are asked in the
 * order of how close, on average over its answers, each brings the topic to settling (the leader's lead
 * against what the other open questions could still lift each rival by, from the topic's evidence table).
 * The declared priority breaks ties, and the questions of other topics keep their declared order.
 * <p>
 * An interview that asks the heaviest evidence first settles sooner (the interview benchmark in the
 * README gives the questions asked per goal over the scenarios). The topics are worked out from the
 * evidence tables on first use, so that a consultation that is never interviewed does not pay for them.
 */
final class TellingOrder {
    /** One topic that settles, with its weights per answer and its swings per pair of options. */
    private record Topic(String key, List<String> options, Map<String, Map<String, Map<String, Integer>>> weights,
            Map<String, Map<String, Map<String, Integer>>> swings) {
    }

    private final KnowledgeBase kb;
    private List<Topic> topics;

    TellingOrder(KnowledgeBase kb) {
        this.kb = kb;
    }

    private List<Topic> topics() {
        if (topics == null) {
            List<Topic> settling = new ArrayList<>();
            for (EvidenceTable t : kb.evidence()) {
                if (t.settles()) {
                    settling.add(new Topic(t.topic(), t.options(), t.weightsByAnswer(), t.netSwings()));
                }
            }
            topics = settling;
        }
        return topics;
    }

    /** The pending questions in asking order, with each open topic's questions most telling first. */
    List<PendingQuestion> order(Consultation c, List<PendingQuestion> pending) {
        if (topics().isEmpty()) {
            return pending;
        }
        List<PendingQuestion> ordered = new ArrayList<>(pending.size());
        Set<String> placed = new HashSet<>();
        for (PendingQuestion p : pending) {
            if (placed.contains(p.questionId())) {
                continue;
            }
            Map<String, Integer> scores = new HashMap<>();
            Topic topic = openTopic(c, p.questionId(), scores);
            if (topic == null) {
                ordered.add(p);
                placed.add(p.questionId());
                continue;
            }
            List<PendingQuestion> group = new ArrayList<>();
            for (PendingQuestion other : pending) {
                if (!placed.contains(other.questionId()) && topic.weights().containsKey(other.questionId())) {
                    group.add(other);
                }
            }
            Map<String, Double> telling = new HashMap<>();
            for (PendingQuestion g : group) {
                telling.put(g.questionId(), expectedSlack(topic, g.questionId(), scores, c.answers().keySet()));
            }
            // a stable sort: equally telling questions keep the declared order
            group.sort(Comparator.comparingDouble((PendingQuestion g) -> telling.get(g.questionId())).reversed());
            for (PendingQuestion g : group) {
                ordered.add(g);
                placed.add(g.questionId());
            }
        }
        return ordered;
    }

    /**
     * The answer to the question that brings its open topic closest to settling (the one that confirms
     * the leader most), if the question informs a topic that is open.
     */
    Optional<String> confirming(Consultation c, String questionId) {
        Map<String, Integer> scores = new HashMap<>();
        Topic topic = openTopic(c, questionId, scores);
        Question q = kb.question(questionId);
        if (topic == null || q == null) {
            return Optional.empty();
        }
        String best = null;
        int most = Integer.MIN_VALUE;
        for (var o : q.options()) {
            int slack = slackAfter(topic, questionId, o.value(), scores, c.answers().keySet());
            if (slack > most) {
                most = slack;
                best = o.value();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The settling topic the question informs that has a leader and is not settled, with its scores filled in. */
    private Topic openTopic(Consultation c, String questionId, Map<String, Integer> scores) {
        for (Topic t : topics()) {
            if (!t.weights().containsKey(questionId)) {
                continue;
            }
            boolean led = false;
            boolean settled = false;
            for (Finding f : c.facts(Finding.class)) {
                led |= f.getKey().equals(t.key());
                settled |= f.getKey().equals(t.key() + ".settled");
            }
            if (!led || settled) {
                continue;
            }
            for (Score s : c.facts(Score.class)) {
                if (s.getTopic().equals(t.key())) {
                    scores.put(s.getOption(), s.getTotal());
                }
            }
            if (!scores.isEmpty()) {
                return t;
            }
        }
        return null;
    }

    /**
     * How far, on average over the question's answers (each taken as likely as the others), the topic is
     * from settling once the question is answered: the smallest margin of the leader over a rival after
     * what the other open questions could still lift that rival by. Larger is more telling.
     */
    private double expectedSlack(Topic t, String questionId, Map<String, Integer> scores, Set<String> answered) {
        Question q = kb.question(questionId);
        List<String> values = q == null ? List.of(Question.UNKNOWN) : q.options().stream().map(o -> o.value()).toList();
        double sum = 0;
        for (String v : values) {
            sum += slackAfter(t, questionId, v, scores, answered);
        }
        return values.isEmpty() ? 0 : sum / values.size();
    }

    /** The smallest margin of the topic's leader over a rival once the question has the value (see {@link #slack}). */
    private static int slackAfter(Topic t, String questionId, String value, Map<String, Integer> scores, Set<String> answered) {
        Map<String, Integer> after = new HashMap<>(scores);
        t.weights().get(questionId).getOrDefault(value, Map.of()).forEach((option, w) -> after.merge(option, w, Integer::sum));
        return slack(t, after, answered, questionId);
    }

    private static int slack(Topic t, Map<String, Integer> scores, Set<String> answered, String alsoAnswered) {
        String leader = null;
        for (String o : t.options()) {
            int s = scores.getOrDefault(o, 0);
            if (leader == null || s > scores.getOrDefault(leader, 0) || s == scores.getOrDefault(leader, 0) && o.compareTo(leader) < 0) {
                leader = o;
            }
        }
        int least = Integer.MAX_VALUE;
        for (String rival : t.options()) {
            if (rival.equals(leader)) {
                continue;
            }
            int open = 0;
            for (var swing : t.swings().entrySet()) {
                if (!answered.contains(swing.getKey()) && !swing.getKey().equals(alsoAnswered)) {
                    open += swing.getValue().getOrDefault(rival, Map.of()).getOrDefault(leader, 0);
                }
            }
            // the rival needs to pass the leader, or only to draw level when the tie-break favours it
            int margin = scores.getOrDefault(leader, 0) - scores.getOrDefault(rival, 0) - open + (rival.compareTo(leader) > 0 ? 1 : 0);
            least = Math.min(least, margin);
        }
        return least == Integer.MAX_VALUE ? 0 : least;
    }
}
