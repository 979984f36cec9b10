package org.roguewatch.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases the store is tested on, so one test proves the same behaviour on each: the default embedded H2
 * file, H2 imitating PostgreSQL, and a real PostgreSQL server.
 */
public enum StoreEngine {
    H2_FILE {
        @Override
        public TestDatabase fresh(Path dir) {
            return new TestDatabase("jdbc:h2:file:" + dir.resolve("db" + COUNTER.incrementAndGet()).toAbsolutePath()
                    + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        }
    },
    H2_POSTGRESQL_MODE {
        @Override
        public TestDatabase fresh(Path dir) {
            return new TestDatabase("jdbc:h2:mem:pgmode" + COUNTER.incrementAndGet()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        }
    },
    POSTGRESQL {
        @Override
        public TestDatabase fresh(Path dir) {
            PostgresServer server = PostgresServer.shared();
            return new TestDatabase(server.createDatabase(), server.user(), "");
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** A new, empty database of this kind (dir holds its files where it has any). */
    public abstract TestDatabase fresh(Path dir);
}
