package org.roguewatch.gsm.rr;

/**
 * Immediate Assignment (TS 44.018 9.1.18): the network answers a channel request by sending the
 * phone to a dedicated channel (or a packet TBF).
 *
 * @param pageMode        page mode code
 * @param packetAssignment the dedicated mode or TBF field says TBF: the channel is a packet channel
 * @param channel         channel description (for a TBF, the packet channel description bits read alike)
 * @param requestReference RA value of the channel request being answered
 * @param requestFrame    the request's reduced frame number T1'/T3/T2 as one 16-bit value
 * @param timingAdvance   timing advance (one step ≈ 550 m of distance)
 */
public record ImmediateAssignment(int pageMode, boolean packetAssignment, ChannelDescription channel,
                                  int requestReference, int requestFrame, int timingAdvance) implements RrMessage {
    @Override
    public String name() {
        return "Immediate Assignment";
    }

    @Override
    public String info() {
        return (packetAssignment ? "TBF " : "") + channel + " RA 0x" + Integer.toHexString(requestReference)
                + " TA " + timingAdvance;
    }
}
