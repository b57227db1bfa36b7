package no.helsebro.search;

import java.util.ArrayList;
import java.util.List;
import no.helsebro.forum.ForumSearchSource;
import no.helsebro.forum.ForumSearchSource.SearchablePost;
import no.helsebro.forum.ForumSearchSource.SearchableTopic;
import no.helsebro.forum.ForumSearchSource.SystemName;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/** One Lucene document per topic: its fields, facets and what is stored for results. */
final class TopicDocuments {

  static final String ID = "id";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String REPLIES = "replies";
  static final String REPLY_NUMBERS = "replyNumbers";
  static final String SYSTEMS = "systems";
  static final String TAGS = "tags";
  static final String ALL = "all";
  static final String KIND = "kind";
  static final String CATEGORY = "category";
  static final String CATEGORY_ID = "categoryId";
  static final String TAG = "tag";
  static final String TAG_ID = "tagId";
  static final String SYSTEM = "system";
  static final String WORKPLACE = "workplace";
  static final String SOLVED = "solved";
  static final String AUTHOR = "author";
  static final String AUTHOR_NAME = "authorName";
  static final String CREATED = "created";
  static final String ACTIVITY = "activity";

  /** The facet dimensions, in the order the API lists them. */
  static final List<String> DIMENSIONS = List.of(KIND, CATEGORY, SYSTEM, TAG, WORKPLACE, SOLVED);

  /** Text with offsets in the postings, so the highlighter need not analyse it again. */
  private static final FieldType STORED_TEXT = new FieldType();

  private static final FieldType TEXT = new FieldType();

  static {
    STORED_TEXT.setTokenized(true);
    STORED_TEXT.setStored(true);
    STORED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    STORED_TEXT.freeze();
    TEXT.setTokenized(true);
    TEXT.setStored(false);
    TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    TEXT.freeze();
  }

  private TopicDocuments() {}

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(TAG, true);
    config.setMultiValued(SYSTEM, true);
    return config;
  }

  static Document of(SearchableTopic t) {
    Document doc = new Document();
    doc.add(new StringField(ID, Long.toString(t.topicId()), Field.Store.YES));
    doc.add(new Field(TITLE, t.title(), STORED_TEXT));
    StringBuilder all = new StringBuilder(t.title());
    List<String> numbers = new ArrayList<>();
    for (SearchablePost p : t.posts()) {
      if (p.number() == 1) {
        doc.add(new Field(BODY, p.text(), STORED_TEXT));
      } else {
        doc.add(new Field(REPLIES, p.text(), STORED_TEXT));
        numbers.add(Integer.toString(p.number()));
      }
      all.append('\n').append(p.text());
    }
    doc.add(new StoredField(REPLY_NUMBERS, String.join(",", numbers)));
    for (SystemName s : t.systems()) {
      String names = s.nameNb() + "\n" + s.nameEn() + "\n" + s.code().replace('-', ' ');
      doc.add(new Field(SYSTEMS, names, TEXT));
      all.append('\n').append(names);
      doc.add(new StringField(SYSTEM, s.code(), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(SYSTEM, s.code()));
    }
    for (ForumSearchSource.TagName tagName : t.tags()) {
      String tag = tagName.name();
      // The id finds the topics of a tag that was renamed, merged or deleted (its rows are gone).
      doc.add(new StringField(TAG_ID, Long.toString(tagName.id()), Field.Store.NO));
      doc.add(new Field(TAGS, tag, TEXT));
      all.append('\n').append(tag);
      doc.add(new StringField(TAG, tag, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(TAG, tag));
    }
    doc.add(new Field(ALL, all.toString(), TEXT));
    keyword(doc, KIND, t.kind().name());
    keyword(doc, CATEGORY, t.categorySlug());
    doc.add(new StringField(CATEGORY_ID, Long.toString(t.categoryId()), Field.Store.NO));
    keyword(doc, SOLVED, Boolean.toString(t.solved()));
    if (t.workplaceType() != null) {
      keyword(doc, WORKPLACE, t.workplaceType());
    }
    if (t.authorId() != null) {
      doc.add(new StringField(AUTHOR, Long.toString(t.authorId()), Field.Store.YES));
    }
    if (t.authorName() != null) {
      doc.add(new StoredField(AUTHOR_NAME, t.authorName()));
    }
    long created = t.createdAt().toEpochMilli();
    doc.add(new LongPoint(CREATED, created));
    doc.add(new StoredField(CREATED, created));
    long activity = t.lastActivityAt().toEpochMilli();
    doc.add(new NumericDocValuesField(ACTIVITY, activity));
    doc.add(new StoredField(ACTIVITY, activity));
    return doc;
  }

  private static void keyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(field, value));
  }
}
