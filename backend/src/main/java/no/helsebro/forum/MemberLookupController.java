package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.helsebro.platform.security.Roles;

/** Members as the forum shows them: @mention candidates and a member's forum contributions. */
@Controller("/api/v1")
@Secured(Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Forum")
class MemberLookupController {

  private final PersonalService personal;
  private final ForumStats stats;

  MemberLookupController(PersonalService personal, ForumStats stats) {
    this.personal = personal;
    this.stats = stats;
  }

  @Get("/mention-candidates")
  @Operation(summary = "Active members whose name starts with q (for @mentions)")
  List<ForumDtos.MemberRef> mentionCandidates(@Nullable @QueryValue String q) {
    return personal.mentionCandidates(q);
  }

  @Get("/member-contributions/{memberId}")
  @Operation(summary = "A member's forum totals and recent posts (for their profile)")
  ForumDtos.ContributionsView contributions(long memberId) {
    return new ForumDtos.ContributionsView(
        stats.forMember(memberId), stats.recentContributions(memberId, 10));
  }
}
