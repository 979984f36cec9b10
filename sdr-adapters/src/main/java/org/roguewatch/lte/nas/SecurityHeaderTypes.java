package org.roguewatch.lte.nas;

/** Security header type values (TS 24.301 9.3.1, Table 9.3.1). */
public final class SecurityHeaderTypes {
    public static final int PLAIN = 0;
    public static final int INTEGRITY_PROTECTED = 1;
    public static final int INTEGRITY_PROTECTED_AND_CIPHERED = 2;
    public static final int INTEGRITY_PROTECTED_NEW_CONTEXT = 3;
    public static final int INTEGRITY_PROTECTED_AND_CIPHERED_NEW_CONTEXT = 4;
    public static final int INTEGRITY_PROTECTED_AND_PARTIALLY_CIPHERED = 5;
    public static final int SERVICE_REQUEST = 12;

    private SecurityHeaderTypes() {
    }

    /** The header carries MAC and sequence number before a standard L3 message (1-5). */
    public static boolean isProtected(int type) {
        return type >= INTEGRITY_PROTECTED && type <= INTEGRITY_PROTECTED_AND_PARTIALLY_CIPHERED;
    }

    /** The whole body is ciphered (2 and 4); with any algorithm but EEA0 it cannot be read. */
    public static boolean isCiphered(int type) {
        return type == INTEGRITY_PROTECTED_AND_CIPHERED || type == INTEGRITY_PROTECTED_AND_CIPHERED_NEW_CONTEXT;
    }

    /** 12, and 13-15 which a receiver reads as 12 (Table 9.3.1, NOTE 1). */
    public static boolean isServiceRequest(int type) {
        return type >= SERVICE_REQUEST && type <= 15;
    }

    public static String name(int type) {
        return switch (type) {
            case PLAIN -> "plain";
            case INTEGRITY_PROTECTED -> "integrity protected";
            case INTEGRITY_PROTECTED_AND_CIPHERED -> "integrity protected and ciphered";
            case INTEGRITY_PROTECTED_NEW_CONTEXT -> "integrity protected with new EPS security context";
            case INTEGRITY_PROTECTED_AND_CIPHERED_NEW_CONTEXT -> "integrity protected and ciphered with new EPS security context";
            case INTEGRITY_PROTECTED_AND_PARTIALLY_CIPHERED -> "integrity protected and partially ciphered";
            case 12, 13, 14, 15 -> "service request header";
            default -> "reserved security header type " + type;
        };
    }
}
