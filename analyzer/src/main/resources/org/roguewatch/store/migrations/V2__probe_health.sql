-- A probe's last heartbeat (sources, frames/s, spool, malformed counts, clock offset) as a JSON document.
ALTER TABLE probes ADD COLUMN health TEXT;
