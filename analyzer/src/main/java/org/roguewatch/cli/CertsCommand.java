package org.roguewatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.roguewatch.certs.TestDeployment;

/** {@code roguewatch certs --out DIR}: a CA, the analyzer's and the probes' certificates, and a CRL. */
final class CertsCommand implements Command {
    private static final Set<String> OPTIONS = Set.of("out", "probes", "analyzer-names", "revoke", "days");

    @Override
    public String name() {
        return "certs";
    }

    @Override
    public String summary() {
        return "create a CA, analyzer and probe certificates and a CRL for a test deployment";
    }

    @Override
    public String help() {
        return """
                Usage: roguewatch certs --out DIR [--probes ID,ID...] [--analyzer-names NAME,...]
                                        [--revoke ID,...] [--days N]

                Creates the PEM files a test deployment of the probe fleet needs (ECDSA P-256,
                SHA-256; keys unencrypted, readable by their owner only):
                  ca.pem, ca-key.pem                  the operator CA
                  analyzer.pem, analyzer-key.pem      the analyzer's server certificate
                  probe-ID.pem, probe-ID-key.pem      one client certificate per probe (CN = probe id)
                  crl.pem                             revocation list (the --revoke probes; else empty)
                Not for production: an operator's PKI keeps its CA key offline.

                Options:
                  --out DIR               where to write (created if needed; existing files are replaced)
                  --probes IDS            comma-separated probe ids (default probe-1)
                  --analyzer-names NAMES  DNS names / IP addresses probes dial the analyzer by
                                          (default localhost,127.0.0.1)
                  --revoke IDS            probes (among --probes) whose certificates crl.pem revokes
                  --days N                validity of certificates and CRL (default 365)

                Exit status: 0 done, 1 the files could not be written, 2 bad command line.
                """;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        Arguments arguments = Arguments.parse(args, Set.of(), OPTIONS);
        String directory = arguments.value("out", null);
        if (directory == null) {
            throw new UsageException("--out DIR is required");
        }
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("unexpected argument " + arguments.positional().get(0));
        }
        List<String> probes = split(arguments.value("probes", "probe-1"));
        List<String> names = split(arguments.value("analyzer-names", "localhost,127.0.0.1"));
        Set<String> revoked = new LinkedHashSet<>(split(arguments.value("revoke", "")));
        if (!probes.containsAll(revoked)) {
            throw new UsageException("--revoke names probes not in --probes: " + revoked);
        }
        if (probes.isEmpty() || names.isEmpty()) {
            throw new UsageException("--probes and --analyzer-names need at least one entry");
        }
        int days = arguments.intValue("days", 365, 1, 36_500);
        try {
            List<Path> written = new TestDeployment(names, probes, revoked, Duration.ofDays(days))
                    .writeTo(Path.of(directory));
            for (Path file : written) {
                out.println(file);
            }
            return 0;
        } catch (IOException | GeneralSecurityException e) {
            err.println("roguewatch certs: " + e.getMessage());
            return 1;
        }
    }

    private static List<String> split(String list) {
        List<String> items = new ArrayList<>();
        for (String item : list.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
