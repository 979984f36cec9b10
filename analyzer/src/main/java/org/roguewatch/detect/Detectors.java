package org.roguewatch.detect;

import java.util.List;
import org.roguewatch.detect.broadcast.EmptyNeighbours;
import org.roguewatch.detect.broadcast.HighReselectOffset;
import org.roguewatch.detect.broadcast.IncompleteSi;
import org.roguewatch.detect.broadcast.LowT3212;
import org.roguewatch.detect.broadcast.NeighbourAsymmetry;
import org.roguewatch.detect.broadcast.NoGprs;
import org.roguewatch.detect.broadcast.ParamsOffPlan;
import org.roguewatch.detect.dedicated.EmptyPaging;
import org.roguewatch.detect.dedicated.IdentityRequested;
import org.roguewatch.detect.dedicated.NullCipher;
import org.roguewatch.detect.dedicated.SilentSms;
import org.roguewatch.detect.dedicated.SmsBlast;
import org.roguewatch.detect.dedicated.StrandingLocationReject;
import org.roguewatch.detect.identity.AreaInconsistent;
import org.roguewatch.detect.identity.CellNotInPlan;
import org.roguewatch.detect.identity.CellPlanMismatch;
import org.roguewatch.detect.identity.ForeignOrTestPlmn;
import org.roguewatch.detect.identity.LonesomeArea;
import org.roguewatch.detect.identity.PhysicalIdClash;
import org.roguewatch.detect.identity.SignalAnomaly;
import org.roguewatch.detect.identity.TransientCell;
import org.roguewatch.detect.lte.Lte2gRedirect;
import org.roguewatch.detect.lte.LteImsiRequest;
import org.roguewatch.detect.lte.LteIncompleteSib;
import org.roguewatch.detect.lte.LteNullCipher;
import org.roguewatch.detect.lte.LtePagingByImsi;
import org.roguewatch.detect.lte.LtePriorityDowngrade;
import org.roguewatch.detect.lte.LteRejectCause;

/** The catalogue: every detector RogueWatch runs, in report order (as in SIGNATURES.md). */
public final class Detectors {
    private Detectors() {
    }

    public static List<Detector> all() {
        return List.of(
                new CellNotInPlan(), new CellPlanMismatch(), new ForeignOrTestPlmn(), new PhysicalIdClash(),
                new LonesomeArea(), new AreaInconsistent(), new SignalAnomaly(), new TransientCell(),
                new EmptyNeighbours(), new NeighbourAsymmetry(), new HighReselectOffset(), new LowT3212(),
                new ParamsOffPlan(), new NoGprs(), new IncompleteSi(),
                new NullCipher(), new IdentityRequested(), new StrandingLocationReject(), new SmsBlast(),
                new SilentSms(), new EmptyPaging(),
                new LteImsiRequest(), new LteNullCipher(), new Lte2gRedirect(), new LtePriorityDowngrade(),
                new LteIncompleteSib(), new LteRejectCause(), new LtePagingByImsi());
    }
}
