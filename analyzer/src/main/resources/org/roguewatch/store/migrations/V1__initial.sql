-- RogueWatch store, schema version 1. Portable SQL (H2 and PostgreSQL): times are epoch
-- milliseconds in BIGINT, JSON documents are TEXT, upserts are done by the application.
CREATE TABLE cells (
    emitter      VARCHAR(200) PRIMARY KEY,
    radio        VARCHAR(8)   NOT NULL,
    target       VARCHAR(200) NOT NULL,
    verdict      VARCHAR(16)  NOT NULL,
    score        DOUBLE PRECISION NOT NULL,
    last_heard   BIGINT,
    doc          TEXT NOT NULL
);

CREATE TABLE findings (
    id               BIGINT PRIMARY KEY,
    emitter          VARCHAR(200) NOT NULL,
    signature        VARCHAR(64)  NOT NULL,
    detector_version INTEGER      NOT NULL,
    severity         VARCHAR(8)   NOT NULL,
    weight           DOUBLE PRECISION NOT NULL,
    summary          TEXT NOT NULL,
    evidence         TEXT NOT NULL
);
CREATE INDEX findings_emitter ON findings (emitter);

CREATE TABLE alerts (
    id           VARCHAR(64)  PRIMARY KEY,
    emitter      VARCHAR(200) NOT NULL,
    target       VARCHAR(200) NOT NULL,
    radio        VARCHAR(8)   NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    severity     VARCHAR(8)   NOT NULL,
    score        DOUBLE PRECISION NOT NULL,
    opened_at    BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL,
    last_heard   BIGINT NOT NULL,
    resolved_at  BIGINT,
    revision     INTEGER NOT NULL,
    fingerprint  VARCHAR(64) NOT NULL,
    doc          TEXT NOT NULL
);
CREATE INDEX alerts_emitter ON alerts (emitter);

CREATE TABLE locations (
    emitter          VARCHAR(200) PRIMARY KEY,
    target           VARCHAR(200) NOT NULL,
    radio            VARCHAR(8)   NOT NULL,
    verdict          VARCHAR(16)  NOT NULL,
    lat              DOUBLE PRECISION NOT NULL,
    lon              DOUBLE PRECISION NOT NULL,
    e50_major_m      DOUBLE PRECISION,
    e50_minor_m      DOUBLE PRECISION,
    e50_orientation  DOUBLE PRECISION,
    e95_major_m      DOUBLE PRECISION,
    e95_minor_m      DOUBLE PRECISION,
    e95_orientation  DOUBLE PRECISION,
    crlb_m           DOUBLE PRECISION,
    transmit_dbm     DOUBLE PRECISION,
    exponent         DOUBLE PRECISION,
    sigma_db         DOUBLE PRECISION,
    method           VARCHAR(64) NOT NULL,
    probes           TEXT NOT NULL,
    from_time        BIGINT,
    to_time          BIGINT
);

CREATE TABLE location_track (
    emitter          VARCHAR(200) NOT NULL,
    seq              INTEGER NOT NULL,
    at_time          BIGINT NOT NULL,
    lat              DOUBLE PRECISION NOT NULL,
    lon              DOUBLE PRECISION NOT NULL,
    e95_major_m      DOUBLE PRECISION,
    e95_minor_m      DOUBLE PRECISION,
    e95_orientation  DOUBLE PRECISION,
    PRIMARY KEY (emitter, seq)
);

CREATE TABLE probes (
    probe_id     VARCHAR(100) PRIMARY KEY,
    lat          DOUBLE PRECISION,
    lon          DOUBLE PRECISION,
    last_seen    BIGINT,
    status       VARCHAR(32) NOT NULL
);

CREATE TABLE webhook_outbox (
    idempotency_key  VARCHAR(200) PRIMARY KEY,
    sink             VARCHAR(100) NOT NULL,
    body             TEXT NOT NULL,
    created_at       BIGINT NOT NULL,
    attempts         INTEGER NOT NULL,
    next_attempt_at  BIGINT NOT NULL,
    delivered_at     BIGINT,
    last_error       TEXT
);
CREATE INDEX webhook_outbox_due ON webhook_outbox (delivered_at, next_attempt_at);

CREATE TABLE id_sequence (
    name   VARCHAR(32) PRIMARY KEY,
    next_id BIGINT NOT NULL
);
INSERT INTO id_sequence (name, next_id) VALUES ('findings', 1);
