package org.roguewatch.lte.nas;

import org.roguewatch.lte.LteMessage;

/**
 * A plain NAS message (TS 24.301 clause 8): the EMM messages detection reads field by field, ESM
 * messages by name only, and anything else by protocol discriminator, type and name.
 */
public sealed interface NasMessage extends LteMessage
        permits EmmAttachRequest, EmmAttachAccept, EmmAttachReject, EmmDetachRequest,
        EmmTrackingAreaUpdateRequest, EmmTrackingAreaUpdateAccept, EmmTrackingAreaUpdateReject,
        EmmServiceRequest, EmmServiceReject, EmmIdentityRequest, EmmIdentityResponse,
        EmmAuthenticationRequest, EmmAuthenticationReject, EmmAuthenticationResponse,
        EmmSecurityModeCommand, EmmSecurityModeComplete, EmmSecurityModeReject, EmmInformation, EmmStatus,
        EsmMessage, OtherNasMessage {
}
