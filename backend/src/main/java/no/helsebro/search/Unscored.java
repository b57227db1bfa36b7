package no.helsebro.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The same matches as the wrapped query, with a constant score whatever the caller asks for.
 * Lucene's drill sideways asks its base query for a score at every match even when nothing uses it,
 * and Lucene's {@code ConstantScoreQuery} gives the wrapped query's own scorer back when no scores
 * are asked for, so the words were scored all the same (ADR 0452 addendum, 2026-12-05 afternoon).
 */
final class Unscored extends Query {

  private final Query query;

  Unscored(Query query) {
    this.query = query;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = query.rewrite(searcher);
    return rewritten == query ? this : new Unscored(rewritten);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight inner = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        ScorerSupplier in = inner.scorerSupplier(context);
        if (in == null) {
          return null;
        }
        Weight weight = this;
        float score = score();
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) throws IOException {
            Scorer s = in.get(leadCost);
            TwoPhaseIterator twoPhase = s.twoPhaseIterator();
            return twoPhase == null
                ? new ConstantScoreScorer(weight, score, scoreMode, s.iterator())
                : new ConstantScoreScorer(weight, score, scoreMode, twoPhase);
          }

          @Override
          public long cost() {
            return in.cost();
          }
        };
      }

      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        ScorerSupplier supplier = scorerSupplier(context);
        return supplier == null ? null : supplier.get(Long.MAX_VALUE);
      }

      @Override
      public int count(LeafReaderContext context) throws IOException {
        return inner.count(context);
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return inner.isCacheable(context);
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.FILTER, this));
  }

  @Override
  public String toString(String field) {
    return "Unscored(" + query.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && query.equals(((Unscored) other).query);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + query.hashCode();
  }
}
