package no.helsebro.mentoring;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.helsebro.accounts.PersonalDataContributor;

/**
 * The mentoring section of a member's GDPR export: their mentor profile and needs, the requests
 * they sent and received, and their mentorships with everything in those spaces (which they could
 * read anyway), and their own feedback.
 */
@Singleton
class MentoringPersonalData implements PersonalDataContributor {

  private final MentorProfileService profiles;
  private final MenteeNeedsService needs;
  private final MentorRequestReader requests;
  private final MentorshipService mentorships;

  MentoringPersonalData(
      MentorProfileService profiles,
      MenteeNeedsService needs,
      MentorRequestReader requests,
      MentorshipService mentorships) {
    this.profiles = profiles;
    this.needs = needs;
    this.requests = requests;
    this.mentorships = mentorships;
  }

  @Override
  public String section() {
    return "mentoring";
  }

  @Override
  public Object personalData(long memberId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("mentorProfile", profiles.mine(memberId).orElse(null));
    data.put("menteeNeeds", needs.stated(memberId) ? needs.mine(memberId) : null);
    data.put("requests", requests.mine(memberId, null));
    List<Map<String, Object>> spaces =
        mentorships.mine(memberId).stream()
            .map(
                m -> {
                  Map<String, Object> space = new LinkedHashMap<>();
                  space.put("mentorship", m);
                  space.put("messages", mentorships.messages(m.id(), memberId, 0, 10_000).items());
                  space.put("goals", mentorships.goals(m.id(), memberId));
                  space.put("checkIns", mentorships.checkIns(m.id(), memberId));
                  space.put("myFeedback", mentorships.feedback(m.id(), memberId).orElse(null));
                  return space;
                })
            .toList();
    data.put("mentorships", spaces);
    return data;
  }
}
