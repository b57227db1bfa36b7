#!/usr/bin/env bash
# Prints the query plans (EXPLAIN, and with --analyze ANALYZE FORMAT=JSON, which runs the query) of
# the hot queries on the benchmark database, with the parameters the bench scenarios use: the
# signed-in bench member, the biggest category, the first 500-reply topic. The SQL is the same as
# in TopicListReader, TopicPageQueries, ForumStore, PostReply, Idempotency, ProfileService and the
# sign-in lookup.
#
#   bench/explain.sh [--analyze]
#
# Environment: BENCH_DB (helsebro_bench), BENCH_DB_HOST (127.0.0.1), BENCH_DB_PORT (3306),
# BENCH_DB_USER (root), BENCH_DB_PASSWORD (empty).
set -euo pipefail
db=${BENCH_DB:-helsebro_bench}
sql() {
  mariadb -h "${BENCH_DB_HOST:-127.0.0.1}" -P "${BENCH_DB_PORT:-3306}" -u "${BENCH_DB_USER:-root}" \
    ${BENCH_DB_PASSWORD:+-p"$BENCH_DB_PASSWORD"} "$db" "$@"
}
analyze=0
[ "${1:-}" = --analyze ] && analyze=1

member=$(sql -N -B -e "SELECT id FROM members WHERE email LIKE 'bench-%' ORDER BY id LIMIT 1")
slug=$(sql -N -B -e "SELECT slug FROM forum_categories ORDER BY topic_count DESC LIMIT 1")
topic=$(sql -N -B -e "SELECT id FROM forum_topics WHERE reply_count >= 500 ORDER BY id LIMIT 1")
last=$(sql -N -B -e "SELECT last_post_number FROM forum_topics WHERE id = $topic")
email=$(sql -N -B -e "SELECT email FROM members WHERE id = $member")
page_ids=$(sql -N -B -e "SELECT GROUP_CONCAT(id) FROM (SELECT id FROM forum_topics WHERE visible ORDER BY last_activity_at DESC LIMIT 31) x")
lastfrom=$(( (last - 1) / 20 * 20 + 1 ))

summary="t.id, t.kind, t.title, t.category_id, t.author_id, a.display_name AS author_name, t.created_at, t.last_activity_at, t.last_poster_id, lp.display_name AS last_name, t.reply_count, t.last_post_number, t.helpful_count, t.used_count, t.solved, t.pinned, t.locked, t.closed_at, r.last_read_post_number"
posts="SELECT p.id, p.post_number, p.author_id, m.display_name, p.body_html, p.fields_html, p.reply_to_post_id, rp.post_number AS reply_number, rm.display_name AS reply_name, p.created_at, p.edited_at, p.version, p.deleted, p.hidden, p.helpful_count, p.thanks_count, h.member_id IS NOT NULL AS my_helpful, th.member_id IS NOT NULL AS my_thanks FROM forum_posts p LEFT JOIN members m ON m.id = p.author_id LEFT JOIN forum_posts rp ON rp.id = p.reply_to_post_id LEFT JOIN members rm ON rm.id = rp.author_id LEFT JOIN forum_reactions h ON h.post_id = p.id AND h.member_id = $member AND h.kind = 'H' LEFT JOIN forum_reactions th ON th.post_id = p.id AND th.member_id = $member AND th.kind = 'T' WHERE p.topic_id = $topic"

list_columns="${summary/r.last_read_post_number/NULL AS last_read_post_number}"
ids_31=$(sql -N -B -e "SELECT GROUP_CONCAT(id) FROM (SELECT id FROM forum_topics WHERE visible ORDER BY last_activity_at DESC LIMIT 31) x")
post_ids=$(sql -N -B -e "SELECT GROUP_CONCAT(id) FROM forum_posts WHERE topic_id = $topic AND post_number BETWEEN $lastfrom AND $((lastfrom + 19))")
shared_posts="SELECT p.id, p.post_number, p.author_id, m.display_name, p.body_html, p.fields_html, p.reply_to_post_id, rp.post_number AS reply_number, rm.display_name AS reply_name, p.created_at, p.edited_at, p.version, p.deleted, p.hidden, p.helpful_count, p.thanks_count FROM forum_posts p LEFT JOIN members m ON m.id = p.author_id LEFT JOIN forum_posts rp ON rp.id = p.reply_to_post_id LEFT JOIN members rm ON rm.id = rp.author_id WHERE p.topic_id = $topic"

# "shared" queries run once per forum write (their result is cached, docs/adr/0207); "per request"
# queries run on every request.
queries=(
"category list, shared part (page 1, latest activity)|SELECT $list_columns FROM (SELECT t.id FROM forum_topics t WHERE t.visible = TRUE AND t.category_id = (SELECT c.id FROM forum_categories c WHERE c.slug = '$slug') ORDER BY t.pinned DESC, t.last_activity_at DESC LIMIT 31 OFFSET 0) ids JOIN forum_topics t ON t.id = ids.id LEFT JOIN members a ON a.id = t.author_id LEFT JOIN members lp ON lp.id = t.last_poster_id ORDER BY t.pinned DESC, t.last_activity_at DESC"
"category list, shared part: total|SELECT topic_count FROM forum_categories WHERE slug = '$slug'"
"latest list, shared part (page 1)|SELECT $list_columns FROM (SELECT t.id FROM forum_topics t WHERE t.visible = TRUE ORDER BY t.last_activity_at DESC LIMIT 31 OFFSET 0) ids JOIN forum_topics t ON t.id = ids.id LEFT JOIN members a ON a.id = t.author_id LEFT JOIN members lp ON lp.id = t.last_poster_id ORDER BY t.last_activity_at DESC"
"latest list, shared part: labels (tags and systems of 31 topics)|SELECT tt.topic_id, 'T' AS type, g.id, g.name AS code, g.name AS name_nb, g.name AS name_en FROM forum_topic_tags tt JOIN forum_tags g ON g.id = tt.tag_id WHERE tt.topic_id IN ($ids_31) UNION ALL SELECT ts.topic_id, 'S', x.id, x.code, x.name_nb, x.name_en FROM forum_topic_systems ts JOIN taxonomy_terms x ON x.id = ts.term_id WHERE ts.topic_id IN ($ids_31)"
"any list, per request: the member's read markers of the page's topics|SELECT topic_id, last_read_post_number FROM forum_reads FORCE INDEX (PRIMARY) WHERE member_id = $member AND topic_id IN ($ids_31)"
"topic page, shared part: head (topic $topic)|SELECT t.*, c.slug, c.name_nb, c.name_en, c.description_nb, c.description_en, c.sort_order, c.archived, c.topic_count, a.display_name AS author_name, w.code AS w_code, w.name_nb AS w_nb, w.name_en AS w_en, ap.post_number AS accepted_number FROM forum_topics t JOIN forum_categories c ON c.id = t.category_id LEFT JOIN members a ON a.id = t.author_id LEFT JOIN taxonomy_terms w ON w.id = t.workplace_type_id LEFT JOIN forum_posts ap ON ap.id = t.accepted_post_id WHERE t.id = $topic"
"topic page, shared part: labels (tags, systems, audiences)|SELECT tt.topic_id, 'T' AS type, g.id, g.name AS code, g.name AS name_nb, g.name AS name_en FROM forum_topic_tags tt JOIN forum_tags g ON g.id = tt.tag_id WHERE tt.topic_id IN ($topic) UNION ALL SELECT ts.topic_id, 'S', x.id, x.code, x.name_nb, x.name_en FROM forum_topic_systems ts JOIN taxonomy_terms x ON x.id = ts.term_id WHERE ts.topic_id IN ($topic) UNION ALL SELECT ta.topic_id, 'A', x.id, x.code, x.name_nb, x.name_en FROM forum_topic_audiences ta JOIN taxonomy_terms x ON x.id = ta.term_id WHERE ta.topic_id IN ($topic)"
"topic page, shared part: first page of posts (1-20)|$shared_posts AND p.post_number BETWEEN 1 AND 20 ORDER BY p.post_number"
"topic page, shared part: last page of posts ($lastfrom-$((lastfrom + 19)))|$shared_posts AND p.post_number BETWEEN $lastfrom AND $((lastfrom + 19)) ORDER BY p.post_number"
"without FORCE INDEX (what the list query was first): the read markers by the member_id prefix|SELECT topic_id, last_read_post_number FROM forum_reads WHERE member_id = $member AND topic_id IN ($ids_31)"
"topic page, per request: the member's marker, follow, bookmark, use and reactions|SELECT 'R' AS k, r.last_read_post_number AS v FROM forum_reads r WHERE r.member_id = $member AND r.topic_id = $topic UNION ALL SELECT 'F', 0 FROM forum_topic_follows f WHERE f.member_id = $member AND f.topic_id = $topic UNION ALL SELECT 'B', 0 FROM forum_bookmarks b WHERE b.member_id = $member AND b.topic_id = $topic UNION ALL SELECT 'U', 0 FROM forum_training_uses u WHERE u.member_id = $member AND u.topic_id = $topic UNION ALL SELECT x.kind, x.post_id FROM forum_reactions x WHERE x.member_id = $member AND x.post_id IN ($post_ids)"
"reply: lock the topic|SELECT id, category_id, kind, author_id, last_post_number, visible, locked, closed_at IS NOT NULL AS closed, merged_into_id, accepted_post_id FROM forum_topics WHERE id = $topic FOR UPDATE"
"reply: the member's trust facts (new-member limits)|SELECT m.coordinator, m.created_at, COALESCE((SELECT s.accepted_count FROM forum_member_stats s WHERE s.member_id = m.id), 0) AS accepted FROM members m WHERE m.id = $member"
"reply: the topic's counters|UPDATE forum_topics SET last_post_number = last_post_number, reply_count = reply_count, last_activity_at = last_activity_at, last_poster_id = last_poster_id WHERE id = $topic"
"reply: the member's totals (upsert)|INSERT INTO forum_member_stats (member_id, reply_count) VALUES ($member, 0) ON DUPLICATE KEY UPDATE reply_count = GREATEST(reply_count + 0, 0)"
"reply: the member's read marker (upsert)|INSERT INTO forum_reads (member_id, topic_id, last_read_post_number, updated_at) VALUES ($member, $topic, 1, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE last_read_post_number = GREATEST(last_read_post_number, VALUES(last_read_post_number)), updated_at = updated_at"
"sign-in: the member by e-mail|SELECT m.*, c.* FROM members m LEFT JOIN account_credentials c ON c.member_id = m.id WHERE m.email = '$email'"
"directory: count for a name search|SELECT COUNT(*) FROM members m LEFT JOIN member_profiles p ON p.member_id = m.id WHERE m.status = 'ACTIVE' AND m.display_name LIKE '%Hansen%'"
"directory: one page of a name search|SELECT m.id, m.display_name, p.title, p.organisation, p.background_id, p.workplace_type_id, p.region_id, p.county_id FROM members m LEFT JOIN member_profiles p ON p.member_id = m.id WHERE m.status = 'ACTIVE' AND m.display_name LIKE '%Hansen%' ORDER BY m.display_name, m.id LIMIT 20 OFFSET 0"
)

echo "Database $db: $(sql -N -B -e "SELECT CONCAT((SELECT COUNT(*) FROM members), ' members, ', (SELECT COUNT(*) FROM forum_topics), ' topics, ', (SELECT COUNT(*) FROM forum_posts WHERE post_number > 1), ' replies, ', (SELECT COUNT(*) FROM forum_reads), ' read markers')")"
echo "Bench member $member, category $slug, big topic $topic ($last posts); MariaDB $(sql -N -B -e 'SELECT VERSION()')"
for q in "${queries[@]}"; do
  title=${q%%|*}
  query=${q#*|}
  echo
  echo "### $title"
  echo
  echo '```'
  # EXPLAIN without the (long) possible_keys column.
  sql -B -e "EXPLAIN $query" | awk -F'\t' 'BEGIN { OFS = "\t" } { $5 = ""; print }' | sed 's/\t\t/\t/' | column -t -s $'\t'
  if [ $analyze = 1 ] && [[ $query == SELECT* ]] && [[ $query != *"FOR UPDATE" ]]; then
    echo "-- ANALYZE FORMAT=JSON, per table: name access_type key rows(estimated) r_rows(read) ms(r_table_time + r_other_time)"
    sql -N -B -r -e "ANALYZE FORMAT=JSON $query" | python3 -c '
import json, sys
plan = json.load(sys.stdin)
print("query r_total_time_ms =", round(plan["query_block"].get("r_total_time_ms", 0), 3))
def walk(node):
    if isinstance(node, dict):
        if "table_name" in node:
            print(" ", node["table_name"], node.get("access_type"), node.get("key"), node.get("rows"), node.get("r_rows"), round(node.get("r_table_time_ms", 0) + node.get("r_other_time_ms", 0), 3))
        for v in node.values():
            walk(v)
    elif isinstance(node, list):
        for v in node:
            walk(v)
walk(plan)'
  fi
  echo '```'
done
