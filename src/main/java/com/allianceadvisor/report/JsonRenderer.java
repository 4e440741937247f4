package com.allianceadvisor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.allianceadvisor.knowledge.KnowledgeBase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The JSON report of the non-interactive contract. */
final class JsonRenderer {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonRenderer() {
    }

    static String render(Report report, KnowledgeBase kb) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("goals", report.goals());
        List<Map<String, Object>> summary = new ArrayList<>();
        for (Report.GoalSummary s : report.summary()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("goal", s.goal());
            item.put("text", s.text());
            item.put("confidence", s.confidence());
            item.put("assumptions", s.assumptions());
            summary.add(item);
        }
        root.put("summary", summary);
        List<Map<String, Object>> top = new ArrayList<>();
        for (AdviceItem a : report.topActions()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", a.id());
            item.put("area", a.area());
            item.put("title", a.title());
            item.put("strength", a.strength());
            top.add(item);
        }
        root.put("topActions", top);
        root.put("findings", report.findings());
        root.put("findingLabels", report.findingLabels());
        root.put("alternatives", report.alternatives());
        // always a list (the contract); sensitivityComputed says whether an empty one means "no single answer
        // changes a headline" or "not computed" (a batch run without --full)
        root.put("sensitivity", report.sensitivity() == null ? List.of() : report.sensitivity());
        root.put("sensitivityComputed", report.sensitivity() != null);
        Map<String, Object> made = new LinkedHashMap<>();
        made.put("knowledgeVersion", report.madeWith().knowledgeVersion());
        made.put("knowledgeBase", report.madeWith().knowledge());
        made.put("rules", report.madeWith().rules());
        root.put("madeWith", made);
        List<Map<String, Object>> advice = new ArrayList<>();
        for (AdviceItem a : report.advice()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", a.id());
            item.put("area", a.area());
            item.put("title", a.title());
            item.put("strength", a.strength());
            item.put("because", a.because());
            item.put("sources", a.sources());
            var g = kb.guidance(a.id());
            if (g != null && g.cited().basis() != null) {
                item.put("basis", g.cited().basis());
            }
            item.put("text", a.text());
            item.put("actions", a.actions());
            item.put("alsoFor", a.alsoFor());
            advice.add(item);
        }
        root.put("advice", advice);
        Map<String, List<Map<String, Object>>> notes = new LinkedHashMap<>();
        report.notes().forEach((key, items) -> {
            List<Map<String, Object>> list = new ArrayList<>();
            for (AdviceItem a : items) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", a.id());
                item.put("title", a.title());
                item.put("text", a.text());
                item.put("because", a.because());
                list.add(item);
            }
            notes.put(key, list);
        });
        root.put("notes", notes);
        root.put("pendingQuestions", report.pendingQuestions());
        if (report.progress() != null) {
            Map<String, Object> progress = new LinkedHashMap<>();
            progress.put("asked", report.progress().asked());
            progress.put("estimatedRemaining", report.progress().estimatedRemaining());
            root.put("progress", progress);
        }
        List<Map<String, Object>> views = new ArrayList<>();
        for (ViewData v : report.views()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", v.view().id());
            item.put("type", v.view().type());
            item.put("title", v.view().title());
            if (com.allianceadvisor.knowledge.View.TABLE.equals(v.view().type())) {
                item.put("markedRow", v.markedRow());
                item.put("rows", v.view().rows());
                item.put("columns", v.view().columns());
                item.put("cells", v.view().cells());
            } else if (com.allianceadvisor.knowledge.View.MAP.equals(v.view().type())) {
                item.put("alliances", v.placed());
            } else if (com.allianceadvisor.knowledge.View.COMPARE.equals(v.view().type())) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (ViewData.Compared c : v.compared()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("questionId", c.questionId());
                    row.put("label", c.label());
                    row.put("ours", c.ours());
                    row.put("partner", c.partner());
                    row.put("gap", c.gap());
                    rows.add(row);
                }
                item.put("rows", rows);
            } else {
                item.put("bars", v.bars());
            }
            item.put("sources", v.view().sources());
            views.add(item);
        }
        root.put("views", views);
        root.put("questionsAnswered", report.questionsAnswered());
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }
}
