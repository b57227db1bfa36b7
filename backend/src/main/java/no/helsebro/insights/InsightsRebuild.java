package no.helsebro.insights;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.helsebro.forum.ForumFacts;
import no.helsebro.forum.TopicKind;
import no.helsebro.insights.model.Periods;
import no.helsebro.mentoring.MentoringFacts;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.profiles.ProfileFacts;

/**
 * Rebuilds the insights tables from the other modules' facades (docs/adr/0550): members and their
 * cells (region, workplace type, systems), questions with their answer times, stories and
 * resources, distinct active members per week and month and cell, mentoring requests and
 * mentorships. Reads in batches by id; writes everything in one transaction, so readers see the old
 * figures until the new ones are complete.
 */
@Singleton
class InsightsRebuild {

  private static final int BATCH = 20_000;

  private final ProfileFacts profiles;
  private final ForumFacts forum;
  private final MentoringFacts mentoring;
  // Hand-written SQL: the fact tables emptied and filled by multi-row inserts (BulkInsert).
  private final JdbcQueries sql;
  private final InsightsRebuildRepository rebuilds;
  private final TransactionOperations<Connection> tx;

  InsightsRebuild(
      ProfileFacts profiles,
      ForumFacts forum,
      MentoringFacts mentoring,
      JdbcQueries sql,
      InsightsRebuildRepository rebuilds,
      TransactionOperations<Connection> tx) {
    this.profiles = profiles;
    this.forum = forum;
    this.mentoring = mentoring;
    this.sql = sql;
    this.rebuilds = rebuilds;
    this.tx = tx;
  }

  /** A member's cell and activity as the rebuild collects them. */
  private static final class Member {
    final ProfileFacts.MemberFacts facts;
    int posts;
    Instant first;
    Instant last;

    Member(ProfileFacts.MemberFacts facts) {
      this.facts = facts;
    }

    long region() {
      return facts.regionId() == null ? 0 : facts.regionId();
    }

    long workplace() {
      return facts.workplaceTypeId() == null ? 0 : facts.workplaceTypeId();
    }
  }

  /** A growable list of longs: (period day << 32 | member id) keys, sorted to count distinct. */
  private static final class Keys {
    long[] values = new long[1024];
    int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }
  }

  /** Rebuilds everything; returns how long it took in milliseconds. */
  long rebuild() {
    long started = System.nanoTime();
    Map<Long, Member> members = new HashMap<>();
    long after = 0;
    for (List<ProfileFacts.MemberFacts> batch = profiles.activeMembers(after, BATCH);
        !batch.isEmpty();
        batch = profiles.activeMembers(after, BATCH)) {
      batch.forEach(f -> members.put(f.memberId(), new Member(f)));
      after = batch.get(batch.size() - 1).memberId();
    }

    Keys weeks = new Keys();
    Keys months = new Keys();
    after = 0;
    for (List<ForumFacts.PostFact> batch = forum.posts(after, BATCH);
        !batch.isEmpty();
        batch = forum.posts(after, BATCH)) {
      for (ForumFacts.PostFact p : batch) {
        Member m = members.get(p.authorId());
        if (m == null) {
          continue;
        }
        m.posts++;
        if (m.first == null || p.createdAt().isBefore(m.first)) m.first = p.createdAt();
        if (m.last == null || p.createdAt().isAfter(m.last)) m.last = p.createdAt();
        LocalDate day = Periods.day(p.createdAt());
        weeks.add(Periods.weekOf(day).toEpochDay() << 32 | p.authorId());
        months.add(Periods.monthOf(day).toEpochDay() << 32 | p.authorId());
      }
      after = batch.get(batch.size() - 1).postId();
    }

    tx.executeWrite(
        status -> {
          for (FactTable table : FactTable.values()) {
            sql.update(table.deleteAll());
          }
          writeMembers(members);
          writeTopics(members);
          writeActive(members, weeks, Periods.Granularity.WEEK);
          writeActive(members, months, Periods.Granularity.MONTH);
          writeMentoring(members);
          long took = (System.nanoTime() - started) / 1_000_000;
          rebuilds.finished(Instant.now(), took);
          return null;
        });
    return (System.nanoTime() - started) / 1_000_000;
  }

  private void writeMembers(Map<Long, Member> members) {
    BulkInsert rows = new BulkInsert(sql, FactTable.MEMBERS);
    BulkInsert systems = new BulkInsert(sql, FactTable.MEMBER_SYSTEMS);
    for (Member m : members.values()) {
      LocalDate joined = Periods.day(m.facts.joinedAt());
      boolean oneDay = m.posts > 0 && Periods.day(m.first).equals(Periods.day(m.last));
      rows.add(
          m.facts.memberId(),
          m.region(),
          m.workplace(),
          m.facts.joinedAt(),
          Periods.weekOf(joined),
          Periods.monthOf(joined),
          m.posts,
          m.first,
          m.last,
          oneDay);
      for (Long s : m.facts.systemIds()) {
        systems.add(m.facts.memberId(), s);
      }
    }
    rows.flush();
    systems.flush();
  }

  private void writeTopics(Map<Long, Member> members) {
    BulkInsert rows = new BulkInsert(sql, FactTable.TOPICS);
    long after = 0;
    for (List<ForumFacts.TopicFact> batch = forum.topics(after, BATCH);
        !batch.isEmpty();
        batch = forum.topics(after, BATCH)) {
      for (ForumFacts.TopicFact t : batch) {
        Member m = members.get(t.authorId());
        if (m == null || t.kind() == TopicKind.DISCUSSION) {
          continue;
        }
        LocalDate day = Periods.day(t.createdAt());
        rows.add(
            t.topicId(),
            t.kind(),
            t.authorId(),
            m.region(),
            m.workplace(),
            t.createdAt(),
            Periods.weekOf(day),
            Periods.monthOf(day),
            t.kind() == TopicKind.QUESTION ? t.firstAnswerAt() : null,
            t.kind() == TopicKind.QUESTION ? t.acceptedAnswerAt() : null);
      }
      after = batch.get(batch.size() - 1).topicId();
    }
    rows.flush();
  }

  /** Counts each distinct (period, member) once per cell and once per system cell. */
  private void writeActive(Map<Long, Member> members, Keys keys, Periods.Granularity g) {
    long[] sorted = Arrays.copyOf(keys.values, keys.size);
    Arrays.sort(sorted);
    record Cell(long period, long system, long region, long workplace) {}
    Map<Cell, int[]> counts = new HashMap<>();
    long previous = -1;
    for (long key : sorted) {
      if (key == previous) {
        continue;
      }
      previous = key;
      long period = key >>> 32;
      Member m = members.get(key & 0xffffffffL);
      counts.computeIfAbsent(new Cell(period, 0, m.region(), m.workplace()), c -> new int[1])[0]++;
      for (Long s : m.facts.systemIds()) {
        counts
            .computeIfAbsent(new Cell(period, s, m.region(), m.workplace()), c -> new int[1])[0]++;
      }
    }
    BulkInsert rows = new BulkInsert(sql, FactTable.ACTIVE_COUNTS);
    counts.forEach(
        (c, n) ->
            rows.add(
                g.code(),
                LocalDate.ofEpochDay(c.period()),
                c.system(),
                c.region(),
                c.workplace(),
                n[0]));
    rows.flush();
  }

  private void writeMentoring(Map<Long, Member> members) {
    BulkInsert requests = new BulkInsert(sql, FactTable.REQUESTS);
    long after = 0;
    for (List<MentoringFacts.RequestFact> batch = mentoring.requests(after, BATCH);
        !batch.isEmpty();
        batch = mentoring.requests(after, BATCH)) {
      for (MentoringFacts.RequestFact r : batch) {
        Member m = members.get(r.menteeId());
        if (m == null) {
          continue;
        }
        LocalDate day = Periods.day(r.createdAt());
        requests.add(
            r.requestId(),
            r.menteeId(),
            m.region(),
            m.workplace(),
            r.createdAt(),
            Periods.weekOf(day),
            Periods.monthOf(day),
            r.status());
      }
      after = batch.get(batch.size() - 1).requestId();
    }
    requests.flush();
    BulkInsert mentorships = new BulkInsert(sql, FactTable.MENTORSHIPS);
    after = 0;
    for (List<MentoringFacts.MentorshipFact> batch = mentoring.mentorships(after, BATCH);
        !batch.isEmpty();
        batch = mentoring.mentorships(after, BATCH)) {
      for (MentoringFacts.MentorshipFact s : batch) {
        Member m = members.get(s.menteeId());
        if (m == null) {
          continue;
        }
        LocalDate started = Periods.day(s.startedAt());
        LocalDate ended = s.endedAt() == null ? null : Periods.day(s.endedAt());
        mentorships.add(
            s.mentorshipId(),
            s.menteeId(),
            m.region(),
            m.workplace(),
            Periods.weekOf(started),
            Periods.monthOf(started),
            ended == null ? null : Periods.weekOf(ended),
            ended == null ? null : Periods.monthOf(ended),
            s.responses(),
            s.helped(),
            s.ratingSum());
      }
      after = batch.get(batch.size() - 1).mentorshipId();
    }
    mentorships.flush();
  }
}
