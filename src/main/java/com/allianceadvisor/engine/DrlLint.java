package com.allianceadvisor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The common structural mistakes in a DRL file, found before Drools parses it so that the message names
 * the rule and the line where the mistake is, not the line where the parser noticed it: a rule without
 * {@code end}, a rule without {@code when} or {@code then}, and unbalanced parentheses in a rule. Drools'
 * own messages for such a file are knock-on errors and are left out.
 */
final class DrlLint {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"[^\"]*\"|\\S+)");
    private static final Pattern KEYWORD = Pattern.compile("^\\s*(when|then|end)\\b");

    private DrlLint() {
    }

    /** The problems of one file, each {@code file:line: message} with a hint. */
    static List<String> check(RuleFile file) {
        List<String> problems = new ArrayList<>();
        String[] lines = file.content().split("\n", -1);
        String rule = null;
        int ruleLine = 0;
        boolean when = false;
        boolean then = false;
        int depth = 0;
        int openedAt = 0;
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String code = code(lines[i], inComment);
            inComment = lines[i].contains("/*") && !lines[i].substring(lines[i].lastIndexOf("/*")).contains("*/")
                    || inComment && !lines[i].contains("*/");
            int n = i + 1;
            Matcher r = RULE.matcher(lines[i]);
            if (RULE.matcher(code).find() && r.find()) {
                if (rule != null) {
                    problems.add(file.name() + ":" + ruleLine + ": rule " + rule + " has no 'end' before the next rule (line " + n
                            + "); add 'end' after its consequence");
                }
                rule = r.group(1);
                ruleLine = n;
                when = false;
                then = false;
                depth = 0;
                continue;
            }
            Matcher k = KEYWORD.matcher(code);
            if (rule != null && k.find()) {
                switch (k.group(1)) {
                    case "when" -> when = true;
                    case "then" -> {
                        if (depth != 0) {
                            problems.add(file.name() + ":" + openedAt + ": rule " + rule + ": a parenthesis opened here is not closed"
                                    + " before 'then' (line " + n + "); check the brackets of this condition");
                            depth = 0;
                        }
                        if (!when) {
                            problems.add(file.name() + ":" + ruleLine + ": rule " + rule + " has no 'when' before 'then' (line " + n + ")");
                        }
                        then = true;
                    }
                    default -> {
                        if (depth != 0) {
                            problems.add(file.name() + ":" + openedAt + ": rule " + rule + ": a parenthesis opened here is not closed"
                                    + " before 'end' (line " + n + "); check the brackets of this line");
                        } else if (!then) {
                            problems.add(file.name() + ":" + ruleLine + ": rule " + rule + " has no 'then' before 'end' (line " + n + ")");
                        }
                        rule = null;
                    }
                }
                continue;
            }
            if (rule != null) {
                for (int c = 0; c < code.length(); c++) {
                    char ch = code.charAt(c);
                    if (ch == '(') {
                        if (depth == 0) {
                            openedAt = n;
                        }
                        depth++;
                    } else if (ch == ')') {
                        depth--;
                        if (depth < 0) {
                            problems.add(file.name() + ":" + n + ": rule " + rule + ": a ')' here closes nothing; remove it or add its '('");
                            depth = 0;
                        }
                    }
                }
            }
        }
        if (rule != null) {
            problems.add(file.name() + ":" + ruleLine + ": rule " + rule + " has no 'end' before the end of the file; add 'end' after its consequence");
        }
        return problems;
    }

    /** The code of a line: string literals emptied, comments removed (a block comment open from an earlier line too). */
    private static String code(String line, boolean inComment) {
        StringBuilder out = new StringBuilder();
        boolean string = false;
        boolean comment = inComment;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (comment) {
                if (c == '*' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                    comment = false;
                    i++;
                }
                continue;
            }
            if (string) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    string = false;
                    out.append('"');
                }
                continue;
            }
            if (c == '"') {
                string = true;
                out.append('"');
            } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                break;
            } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '*') {
                comment = true;
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
