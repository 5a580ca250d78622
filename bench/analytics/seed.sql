-- 50,000 sessions over the last 365 days, 20 messages each (1,000,000), a logged answer per bot
-- message. Run by analytics.bench.mjs on a database of its own, after the migrations.

-- A UUIDv7 for an instant, so ids are in creation order as the application's are.
create function pg_temp.uuid7(at timestamptz) returns uuid language sql volatile as $$
  select (lpad(to_hex(floor(extract(epoch from at) * 1000)::bigint), 12, '0')
    || '7' || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15))::uuid
$$;

insert into users (id, email, name, roles, password_hash)
select pg_temp.uuid7(now() - interval '400 days'), 'agent' || i || '@bench.test', 'Agent ' || i, '{agent}', 'not-a-hash'
from generate_series(1, 20) as i;

-- kind: 0-5 the bot alone (closed, some still active), 6-7 closed by an agent, 8 with an agent now, 9 queued.
create temporary table plan as
select i, created, floor(random() * 10)::int as kind, 1 + floor(random() * 20)::int as agent_no
from (select i, now() - random() * interval '365 days' as created from generate_series(1, 50000) as i) as s;

insert into sessions (id, status, assigned_agent_id, queued_at, assigned_at, created_at, updated_at, closed_at)
select pg_temp.uuid7(p.created),
  case when p.kind <= 4 or p.kind in (6, 7) then 'closed' when p.kind = 5 then 'active' when p.kind = 8 then 'agent_assigned' else 'needs_human' end,
  case when p.kind between 6 and 8 then (select id from users where email = 'agent' || p.agent_no || '@bench.test') end,
  case when p.kind >= 6 then p.created + interval '3 minutes' end,
  case when p.kind between 6 and 8 then p.created + interval '4 minutes' end,
  p.created,
  p.created + interval '12 minutes',
  case when p.kind <= 4 or p.kind in (6, 7) then p.created + interval '40 minutes' end
from plan as p
order by p.created;

-- Visitor and bot take turns for six messages; a handed-off session then has a system line, and the
-- visitor and an agent take turns (every seventh agent line an internal note).
insert into messages (id, session_id, sender, text, internal, confidence, created_at)
select pg_temp.uuid7(m.at), m.session_id, m.sender,
  'message ' || m.k || ' ' || repeat(md5(m.session_id::text || m.k), 2), m.sender = 'agent' and m.k % 7 = 0,
  case when m.sender = 'bot' then round(random()::numeric, 2) end, m.at
from (
  select s.id as session_id, k, s.created_at + k * interval '30 seconds' + random() * interval '20 seconds' as at,
    case
      when k % 2 = 0 then 'visitor'
      when s.queued_at is null or k < 6 then 'bot'
      when k = 7 then 'system'
      when s.assigned_at is null then 'visitor'
      else 'agent'
    end as sender
  from sessions as s cross join generate_series(0, 19) as k
) as m
-- A desk writes its rows in time order: the heap is clustered by time as in production.
order by m.at;

insert into ai_accuracy (id, session_id, message_id, question, ai_text, confidence, response_type, human_mark, evaluation, created_at)
select pg_temp.uuid7(m.created_at), m.session_id, m.id, 'question', 'answer', m.confidence, 'ai',
  case when random() < 0.2 then (array['helpful', 'unhelpful'])[1 + floor(random() * 2)::int] end,
  case when random() < 0.1 then (array['correct', 'partially_correct', 'incorrect'])[1 + floor(random() * 3)::int] end,
  m.created_at
from messages as m where m.sender = 'bot'
order by m.created_at;
