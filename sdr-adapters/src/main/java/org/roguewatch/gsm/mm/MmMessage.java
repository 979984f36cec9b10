package org.roguewatch.gsm.mm;

import org.roguewatch.gsm.GsmMessage;

/** The Mobility Management messages we decode field by field (TS 24.008 clause 9.2). */
public sealed interface MmMessage extends GsmMessage
        permits IdentityRequest, IdentityResponse, LocationUpdatingAccept, LocationUpdatingReject,
        LocationUpdatingRequest, AuthenticationRequest, CmServiceRequest {
}
