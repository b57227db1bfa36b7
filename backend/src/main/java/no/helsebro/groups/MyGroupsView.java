package no.helsebro.groups;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The groups part of a member's front page: the groups they are in or follow, and questions put to
 * those groups by others lately.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MyGroupsView(List<GroupView> groups, List<GroupTopicView> askedOfMyGroups) {}
