package org.roguewatch.lte.nas;

import java.util.Map;

/**
 * Message types of TS 24.301 clause 9.8 (Table 9.8.1 for EMM, 9.8.2 for ESM) and their names as
 * the spec and tshark write them.
 */
public final class NasMessageNames {
    /** Protocol discriminators on the LTE NAS (TS 24.007 11.2.3.1.1; 24.301 9.2). */
    public static final int PD_ESM = 0x2;
    public static final int PD_EMM = 0x7;
    /** Tests procedures (TS 36.509), the only other PD a UE accepts over E-UTRAN NAS. */
    public static final int PD_TEST = 0xf;

    public static final int ATTACH_REQUEST = 0x41;
    public static final int ATTACH_ACCEPT = 0x42;
    public static final int ATTACH_COMPLETE = 0x43;
    public static final int ATTACH_REJECT = 0x44;
    public static final int DETACH_REQUEST = 0x45;
    public static final int DETACH_ACCEPT = 0x46;
    public static final int TRACKING_AREA_UPDATE_REQUEST = 0x48;
    public static final int TRACKING_AREA_UPDATE_ACCEPT = 0x49;
    public static final int TRACKING_AREA_UPDATE_REJECT = 0x4b;
    public static final int SERVICE_REJECT = 0x4e;
    public static final int GUTI_REALLOCATION_COMPLETE = 0x51;
    public static final int AUTHENTICATION_REQUEST = 0x52;
    public static final int AUTHENTICATION_RESPONSE = 0x53;
    public static final int AUTHENTICATION_REJECT = 0x54;
    public static final int IDENTITY_REQUEST = 0x55;
    public static final int IDENTITY_RESPONSE = 0x56;
    public static final int SECURITY_MODE_COMMAND = 0x5d;
    public static final int SECURITY_MODE_COMPLETE = 0x5e;
    public static final int SECURITY_MODE_REJECT = 0x5f;
    public static final int EMM_STATUS = 0x60;
    public static final int EMM_INFORMATION = 0x61;

    public static final int ACTIVATE_DEFAULT_EPS_BEARER_CONTEXT_REQUEST = 0xc1;
    public static final int ESM_INFORMATION_REQUEST = 0xd9;

    /** Not a message type: the name of SERVICE REQUEST, which has none (24.301 8.2.25, 9.1). */
    public static final String SERVICE_REQUEST = "Service request";

    private static final Map<Integer, String> EMM = Map.ofEntries(
            Map.entry(0x41, "Attach request"),
            Map.entry(0x42, "Attach accept"),
            Map.entry(0x43, "Attach complete"),
            Map.entry(0x44, "Attach reject"),
            Map.entry(0x45, "Detach request"),
            Map.entry(0x46, "Detach accept"),
            Map.entry(0x48, "Tracking area update request"),
            Map.entry(0x49, "Tracking area update accept"),
            Map.entry(0x4a, "Tracking area update complete"),
            Map.entry(0x4b, "Tracking area update reject"),
            Map.entry(0x4c, "Extended service request"),
            Map.entry(0x4d, "Control plane service request"),
            Map.entry(0x4e, "Service reject"),
            Map.entry(0x4f, "Service accept"),
            Map.entry(0x50, "GUTI reallocation command"),
            Map.entry(0x51, "GUTI reallocation complete"),
            Map.entry(0x52, "Authentication request"),
            Map.entry(0x53, "Authentication response"),
            Map.entry(0x54, "Authentication reject"),
            Map.entry(0x55, "Identity request"),
            Map.entry(0x56, "Identity response"),
            Map.entry(0x5c, "Authentication failure"),
            Map.entry(0x5d, "Security mode command"),
            Map.entry(0x5e, "Security mode complete"),
            Map.entry(0x5f, "Security mode reject"),
            Map.entry(0x60, "EMM status"),
            Map.entry(0x61, "EMM information"),
            Map.entry(0x62, "Downlink NAS transport"),
            Map.entry(0x63, "Uplink NAS transport"),
            Map.entry(0x64, "CS service notification"),
            Map.entry(0x68, "Downlink generic NAS transport"),
            Map.entry(0x69, "Uplink generic NAS transport"));

    private static final Map<Integer, String> ESM = Map.ofEntries(
            Map.entry(0xc1, "Activate default EPS bearer context request"),
            Map.entry(0xc2, "Activate default EPS bearer context accept"),
            Map.entry(0xc3, "Activate default EPS bearer context reject"),
            Map.entry(0xc5, "Activate dedicated EPS bearer context request"),
            Map.entry(0xc6, "Activate dedicated EPS bearer context accept"),
            Map.entry(0xc7, "Activate dedicated EPS bearer context reject"),
            Map.entry(0xc9, "Modify EPS bearer context request"),
            Map.entry(0xca, "Modify EPS bearer context accept"),
            Map.entry(0xcb, "Modify EPS bearer context reject"),
            Map.entry(0xcd, "Deactivate EPS bearer context request"),
            Map.entry(0xce, "Deactivate EPS bearer context accept"),
            Map.entry(0xd0, "PDN connectivity request"),
            Map.entry(0xd1, "PDN connectivity reject"),
            Map.entry(0xd2, "PDN disconnect request"),
            Map.entry(0xd3, "PDN disconnect reject"),
            Map.entry(0xd4, "Bearer resource allocation request"),
            Map.entry(0xd5, "Bearer resource allocation reject"),
            Map.entry(0xd6, "Bearer resource modification request"),
            Map.entry(0xd7, "Bearer resource modification reject"),
            Map.entry(0xd9, "ESM information request"),
            Map.entry(0xda, "ESM information response"),
            Map.entry(0xdb, "Notification"),
            Map.entry(0xdc, "ESM dummy message"),
            Map.entry(0xe8, "ESM status"),
            Map.entry(0xe9, "Remote UE report"),
            Map.entry(0xea, "Remote UE report response"),
            Map.entry(0xeb, "ESM data transport"));

    private NasMessageNames() {
    }

    /** The EMM message's name, or "Unknown EMM message 0x.." for a type Table 9.8.1 lacks. */
    public static String emm(int type) {
        String name = EMM.get(type);
        return name != null ? name : String.format("Unknown EMM message 0x%02x", type);
    }

    /** The ESM message's name, or "Unknown ESM message 0x.." for a type Table 9.8.2 lacks. */
    public static String esm(int type) {
        String name = ESM.get(type);
        return name != null ? name : String.format("Unknown ESM message 0x%02x", type);
    }

    /** The name of a message of any protocol discriminator the decoder accepts. */
    public static String of(int protocolDiscriminator, int type) {
        return switch (protocolDiscriminator) {
            case PD_EMM -> emm(type);
            case PD_ESM -> esm(type);
            case PD_TEST -> String.format("Test procedures message 0x%02x", type);
            default -> String.format("Protocol discriminator %d message 0x%02x", protocolDiscriminator, type);
        };
    }
}
