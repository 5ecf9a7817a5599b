package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * The phrase catalogue of the narrative: per topic (the section a sentence is in), the subjects a figure can be
 * about, as a pattern on the words before the number and the line(s) and default measure they stand for. The
 * reader ({@link NarrativeReader}) adds what the words next to the number say: 占 (share), 比上年增加/减少 (change),
 * 增长/下降 % (change in percent), 年初预算/全年预算/决算数 (measure), 完成年初预算的 / 差异率 (rates).
 * Topics and subjects are data, {@code extract/vocabulary/narrative_topics.csv} and {@code narrative_subjects.csv},
 * checked against the catalogue when the class loads ({@link Vocabulary}). Order matters in both files: the first
 * topic whose keywords a heading has wins; of two subjects ending at the same place with the same length, the
 * first wins; a subject's line codes are in the order its words name them ("分别为" pairs them in that order).
 */
final class Phrases {

    /** A subject: pattern on the text before a number, the table, line code(s) and default measure. */
    record Subject(String topic, Pattern pattern, String tableId, List<String> lines, String measure) {
    }

    /** A topic and the keywords of a section heading that name it. */
    record Topic(String topic, Pattern keywords) {
    }

    /** The vocabulary files (extract/vocabulary/). */
    static final String TOPICS_RESOURCE = "narrative_topics.csv";
    static final String SUBJECTS_RESOURCE = "narrative_subjects.csv";

    /** Topics by keywords of a section heading, first match wins. */
    static final List<Topic> TOPICS = topics();

    /**
     * The subjects; a blank measure: the words next to the number decide it, or the subject books no amount;
     * {@code count}: a subject that is counted, not paid.
     */
    static final List<Subject> ALL = subjects();

    private Phrases() {
    }

    private static List<Topic> topics() {
        List<Topic> topics = new ArrayList<>();
        for (CSVRecord r : Vocabulary.read(TOPICS_RESOURCE)) {
            topics.add(new Topic(r.get("topic"), Pattern.compile(r.get("pattern"))));
        }
        return List.copyOf(topics);
    }

    private static List<Subject> subjects() {
        List<Subject> subjects = new ArrayList<>();
        for (CSVRecord r : Vocabulary.read(SUBJECTS_RESOURCE)) {
            subjects.add(new Subject(r.get("topic"), Pattern.compile(r.get("pattern")), r.get("table_id"),
                    List.of(r.get("line_codes").split(";")), r.get("measure")));
        }
        return List.copyOf(subjects);
    }

    /**
     * The topic of a sentence outside any section: of the specific topics it names, the one named first
     * ("机关运行经费包括…公务用车运行维护费…" is about 机关运行经费); 一般公共预算 only when it names no other
     * ("一般公共预算财政拨款安排的"三公"经费" is about 三公); 收入 / 支出 / the funds never (they say too little).
     */
    static String topicOfSentence(String sentence) {
        String best = "";
        int bestAt = Integer.MAX_VALUE;
        String fallback = "";
        for (Topic t : TOPICS) {
            if (List.of("income", "expenditure", "gov_fund", "soe_capital").contains(t.topic())) {
                continue;
            }
            java.util.regex.Matcher m = t.keywords().matcher(sentence);
            if (!m.find()) {
                continue;
            }
            if (t.topic().equals("gpb_expenditure")) {
                fallback = t.topic();
            } else if (m.start() < bestAt) {
                best = t.topic();
                bestAt = m.start();
            }
        }
        return best.isEmpty() ? fallback : best;
    }

    /** Whether the text names the topic by one of its heading keywords. */
    static boolean names(String text, String topic) {
        for (Topic t : TOPICS) {
            if (t.topic().equals(topic) && t.keywords().matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    static String topic(String heading) {
        for (Topic t : TOPICS) {
            if (t.keywords().matcher(heading).find()) {
                return t.topic();
            }
        }
        return "";
    }
}
