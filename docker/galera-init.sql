-- Run once on db1's first start (docker/compose.cluster.yaml): the user HAProxy's health check
-- logs in as; it has no rights at all.
CREATE USER IF NOT EXISTS 'haproxy_check'@'%';
