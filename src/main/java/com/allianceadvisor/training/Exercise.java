package com.allianceadvisor.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.PredictionItem;
import com.allianceadvisor.knowledge.TrainingCase;

/**
 * A case opened for training: the advisor's consultation of the case's coded answers (the same engine
 * as every consultation), the goals practised and the items to predict. Close it when done.
 */
public final class Exercise implements AutoCloseable {
    private final KnowledgeBase kb;
    private final TrainingCase trainingCase;
    private final List<String> goals;
    private final Consultation consultation;

    Exercise(Content content, TrainingCase trainingCase, List<String> goals) {
        this.kb = content.knowledge();
        this.trainingCase = trainingCase;
        this.goals = List.copyOf(goals);
        this.consultation = content.rules().newConsultation(trainingCase.goals());
        trainingCase.answers().forEach(consultation::answer);
        trainingCase.partnerAnswers().forEach(consultation::partnerAnswer);
    }

    public TrainingCase trainingCase() {
        return trainingCase;
    }

    public List<String> goals() {
        return goals;
    }

    public KnowledgeBase knowledge() {
        return kb;
    }

    Consultation consultation() {
        return consultation;
    }

    /** The items to predict, goal by goal. */
    public List<PredictionItem> items() {
        List<PredictionItem> items = new ArrayList<>();
        goals.forEach(g -> items.addAll(kb.predictions(g)));
        return items;
    }

    public List<PredictionItem> items(String goal) {
        return kb.predictions(goal);
    }

    /** Scores a prediction (item key to the values predicted) against the advisor's conclusions. */
    public ScoreCard score(String trainee, Map<String, List<String>> predictions) {
        return new Scorer(kb, consultation).score(trainingCase.id(), trainee, items(), predictions);
    }

    /** Scores only the items of some of the goals (those already revealed when a trainee stops). */
    ScoreCard score(String trainee, Map<String, List<String>> predictions, List<String> someGoals) {
        List<PredictionItem> some = new ArrayList<>();
        someGoals.forEach(g -> some.addAll(kb.predictions(g)));
        return new Scorer(kb, consultation).score(trainingCase.id(), trainee, some, predictions);
    }

    /** A fresh consultation of the case's coded answers for the goals practised. */
    Consultation coded(Content content) {
        Consultation c = content.rules().newConsultation(goals);
        trainingCase.answers().forEach(c::answer);
        trainingCase.partnerAnswers().forEach(c::partnerAnswer);
        return c;
    }

    /** What the advisor concludes for an item, for the trainer's notes. */
    public ScoredItem reveal(PredictionItem item) {
        return new Scorer(kb, consultation).score(item, List.of());
    }

    @Override
    public void close() {
        consultation.close();
    }
}
