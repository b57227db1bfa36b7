package no.helsebro.insights;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.forum.ForumFacts;
import no.helsebro.insights.model.Periods;
import no.helsebro.mentoring.MentoringFacts;
import no.helsebro.platform.errors.ApiException;

/**
 * The contribution report an advisor can hand a manager (docs/adr/0551): what they gave the
 * community in a period, counted by the forum and mentoring facades, in the member's language. No
 * content: only numbers.
 */
@Singleton
class ContributionReport {

  private static final Map<String, String[]> LABELS =
      Map.ofEntries(
          Map.entry(
              "questionsAnswered",
              new String[] {"Spørsmål besvart", "Questions answered", "Spørsmål svara på"}),
          Map.entry(
              "acceptedAnswers",
              new String[] {"Godtatte svar", "Accepted answers", "Godtekne svar"}),
          Map.entry(
              "helpfulReceived",
              new String[] {"Markert som nyttig", "Marked helpful", "Merkt som nyttig"}),
          Map.entry(
              "thanksReceived", new String[] {"Takk mottatt", "Thanks received", "Takk motteke"}),
          Map.entry(
              "storiesShared",
              new String[] {
                "Implementeringshistorier delt",
                "Implementation stories shared",
                "Implementeringshistorier delte"
              }),
          Map.entry(
              "storyMarks",
              new String[] {
                "Nyttig og takk for historiene",
                "Helpful marks and thanks on the stories",
                "Nyttig og takk for historiene"
              }),
          Map.entry(
              "trainingShared",
              new String[] {
                "Opplæringsressurser delt", "Training resources shared", "Opplæringsressursar delte"
              }),
          Map.entry(
              "trainingUses",
              new String[] {
                "Ganger ressursene ble brukt",
                "Times the resources were used",
                "Gonger ressursane vart brukte"
              }),
          Map.entry("mentees", new String[] {"Mentees", "Mentees", "Mentees"}),
          Map.entry(
              "mentoringSessions",
              new String[] {
                "Mentorsamtaler (oppfølginger)",
                "Mentoring sessions (check-ins)",
                "Mentorsamtalar (oppfølgingar)"
              }));

  private final ForumFacts forum;
  private final MentoringFacts mentoring;
  private final MemberDirectory directory;

  ContributionReport(ForumFacts forum, MentoringFacts mentoring, MemberDirectory directory) {
    this.forum = forum;
    this.mentoring = mentoring;
    this.directory = directory;
  }

  /** The figures for [from, to] (Norwegian days, inclusive); 404 for an unknown member. */
  ContributionFigures figures(long memberId, LocalDate from, LocalDate to) {
    MemberDirectory.MailAddress member =
        directory.mailAddress(memberId).orElseThrow(() -> ApiException.notFound("Member"));
    var start = Periods.startOfDay(from);
    var end = Periods.startOfDay(to.plusDays(1));
    ForumFacts.MemberContribution c = forum.contribution(memberId, start, end);
    MentoringFacts.MentoringGiven m = mentoring.given(memberId, start, end, from, to.plusDays(1));
    String language =
        "en".equals(member.language()) || "nn".equals(member.language()) ? member.language() : "nb";
    int i = ReportDocuments.index(language);
    List<ContributionFigures.Line> lines = new ArrayList<>();
    add(lines, i, "questionsAnswered", c.questionsAnswered());
    add(lines, i, "acceptedAnswers", c.acceptedAnswers());
    add(lines, i, "helpfulReceived", c.helpfulReceived());
    add(lines, i, "thanksReceived", c.thanksReceived());
    add(lines, i, "storiesShared", c.storiesShared());
    add(lines, i, "storyMarks", c.storyMarks());
    add(lines, i, "trainingShared", c.trainingShared());
    add(lines, i, "trainingUses", c.trainingUses());
    add(lines, i, "mentees", m.mentees());
    add(lines, i, "mentoringSessions", m.sessions());
    return new ContributionFigures(member.displayName(), language, from, to, lines);
  }

  private static void add(List<ContributionFigures.Line> lines, int lang, String key, long value) {
    lines.add(new ContributionFigures.Line(key, LABELS.get(key)[lang], value));
  }
}
