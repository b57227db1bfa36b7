package no.helsebro.mentoring;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import no.helsebro.mentoring.routing.Ladder;

/** The question ladder's timing, under {@code helsebro.mentoring.questions}. */
@ConfigurationProperties("helsebro.mentoring.questions")
class QuestionRoutingConfig {

  private Duration peersAfter = Duration.ofHours(12);
  private Duration mentorsAfter = Duration.ofHours(24);
  private Duration mentorRoundEvery = Duration.ofHours(6);
  private int mentorRounds = 2;
  private int mentorsPerRound = 3;
  private int peersPerQuestion = 10;
  private Duration coordinatorsAfter = Duration.ofHours(48);

  Ladder ladder() {
    return new Ladder(peersAfter, mentorsAfter, mentorRoundEvery, mentorRounds, coordinatorsAfter);
  }

  public Duration getPeersAfter() {
    return peersAfter;
  }

  public void setPeersAfter(Duration peersAfter) {
    this.peersAfter = peersAfter;
  }

  public Duration getMentorsAfter() {
    return mentorsAfter;
  }

  public void setMentorsAfter(Duration mentorsAfter) {
    this.mentorsAfter = mentorsAfter;
  }

  public Duration getMentorRoundEvery() {
    return mentorRoundEvery;
  }

  public void setMentorRoundEvery(Duration mentorRoundEvery) {
    this.mentorRoundEvery = mentorRoundEvery;
  }

  public int getMentorRounds() {
    return mentorRounds;
  }

  public void setMentorRounds(int mentorRounds) {
    this.mentorRounds = mentorRounds;
  }

  public int getMentorsPerRound() {
    return mentorsPerRound;
  }

  public void setMentorsPerRound(int mentorsPerRound) {
    this.mentorsPerRound = mentorsPerRound;
  }

  public int getPeersPerQuestion() {
    return peersPerQuestion;
  }

  public void setPeersPerQuestion(int peersPerQuestion) {
    this.peersPerQuestion = peersPerQuestion;
  }

  public Duration getCoordinatorsAfter() {
    return coordinatorsAfter;
  }

  public void setCoordinatorsAfter(Duration coordinatorsAfter) {
    this.coordinatorsAfter = coordinatorsAfter;
  }
}
