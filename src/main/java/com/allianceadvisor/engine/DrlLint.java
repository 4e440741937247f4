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
    /** The keywords that structure a rule, and brackets, as whole tokens of code (not after '.' or '$'). */
    private static final Pattern TOKEN = Pattern.compile("(?<![\\w.$])(rule|when|then|end)(?![\\w$])|[()]");
    private static final Pattern NAME = Pattern.compile("\\s*(\"[^\"]*\"|\\S+)");

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
        boolean[] inComment = {false};
        for (int i = 0; i < lines.length; i++) {
            String code = code(lines[i], inComment);
            int n = i + 1;
            Matcher t = TOKEN.matcher(code);
            while (t.find()) {
                String token = t.group();
                if (token.equals("rule")) {
                    if (rule != null) {
                        problems.add(file.name() + ":" + ruleLine + ": rule " + rule + " has no 'end' before the next rule (line " + n
                                + "); add 'end' after its consequence");
                    }
                    Matcher name = NAME.matcher(lines[i].substring(t.end()));
                    rule = name.lookingAt() ? name.group(1) : "(unnamed)";
                    ruleLine = n;
                    when = false;
                    then = false;
                    depth = 0;
                } else if (rule == null) {
                    continue;
                } else if (token.equals("when")) {
                    when = true;
                } else if (token.equals("then")) {
                    if (depth != 0) {
                        problems.add(file.name() + ":" + openedAt + ": rule " + rule + ": a parenthesis opened here is not closed"
                                + " before 'then' (line " + n + "); check the brackets of this condition");
                        depth = 0;
                    }
                    if (!when) {
                        problems.add(file.name() + ":" + ruleLine + ": rule " + rule + " has no 'when' before 'then' (line " + n + ")");
                    }
                    then = true;
                } else if (token.equals("end")) {
                    if (depth != 0) {
                        problems.add(file.name() + ":" + openedAt + ": rule " + rule + ": a parenthesis opened here is not closed"
                                + " before 'end' (line " + n + "); check the brackets of this line");
                    } else if (!then) {
                        problems.add(file.name() + ":" + ruleLine + ": rule " + rule + " has no 'then' before 'end' (line " + n + ")");
                    }
                    rule = null;
                } else if (token.equals("(")) {
                    if (depth == 0) {
                        openedAt = n;
                    }
                    depth++;
                } else if (--depth < 0) {
                    problems.add(file.name() + ":" + n + ": rule " + rule + ": a ')' here closes nothing; remove it or add its '('");
                    depth = 0;
                }
            }
        }
        if (rule != null) {
            problems.add(file.name() + ":" + ruleLine + ": rule " + rule + " has no 'end' before the end of the file; add 'end' after its consequence");
        }
        return problems;
    }

    /**
     * The code of a line with string contents and comments blanked out (same length, so positions match the
     * line); {@code inComment} carries a block comment over to the next line.
     */
    private static String code(String line, boolean[] inComment) {
        StringBuilder out = new StringBuilder(line.length());
        boolean string = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
            if (inComment[0]) {
                if (c == '*' && next == '/') {
                    inComment[0] = false;
                    out.append("  ");
                    i++;
                } else {
                    out.append(' ');
                }
            } else if (string) {
                if (c == '\\' && next != 0) {
                    out.append("  ");
                    i++;
                } else if (c == '"') {
                    string = false;
                    out.append('"');
                } else {
                    out.append(' ');
                }
            } else if (c == '"') {
                string = true;
                out.append('"');
            } else if (c == '/' && next == '/') {
                break;
            } else if (c == '/' && next == '*') {
                inComment[0] = true;
                out.append("  ");
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
