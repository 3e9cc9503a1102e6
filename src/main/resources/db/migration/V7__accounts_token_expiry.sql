-- API tokens may carry an expiry chosen when they are made; an expired token is refused like
-- a deleted one. Tokens made before keep working until deleted (expires_at null).
alter table api_token add column expires_at timestamptz;
