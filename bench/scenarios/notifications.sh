# The notification centre (issue 12): the bench member's list (newest 30) and unread count, the two
# reads every page makes. Seeds 2,000 notifications for the bench member once (idempotent: the
# dedupe keys are fixed), half of them unread. Not in the default list: name it.
#   bench/load.sh notifications
member=$(sql "SELECT id FROM members WHERE email LIKE 'bench-%' ORDER BY id LIMIT 1")
sql "INSERT IGNORE INTO notifications (member_id, kind, dedupe_key, topic_id, title, link, created_at, read_at)
     SELECT $member, 'REPLY_TO_MY_TOPIC', CONCAT('bench:', seq), NULL, CONCAT('Benk ', seq),
            '/forum', UTC_TIMESTAMP(6) - INTERVAL seq MINUTE,
            IF(seq % 2 = 0, UTC_TIMESTAMP(6), NULL)
     FROM seq_1_to_2000"
BENCH_TOKEN=$(member_token) run notifications / "$(combined notifications member)" \
  "${BENCH_NOTIFICATIONS_CONNECTIONS:-$connections}"
