package org.roguewatch.gsm.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataCodingSchemeTest {
    @Test
    void zeroIsGsm7WithoutClass() {
        DataCodingScheme dcs = DataCodingScheme.decode(0x00);
        assertEquals(Alphabet.GSM_7BIT, dcs.alphabet());
        assertEquals(MessageClass.NONE, dcs.messageClass());
        assertTrue(dcs.isText());
        assertFalse(dcs.reserved());
    }

    @Test
    void generalGroupGivesAlphabetAndClassOnlyWhenBitFourIsSet() {
        assertEquals(Alphabet.UCS2, DataCodingScheme.decode(0x08).alphabet());
        assertEquals(Alphabet.DATA_8BIT, DataCodingScheme.decode(0x04).alphabet());
        assertEquals(MessageClass.NONE, DataCodingScheme.decode(0x03).messageClass(), "class bits without bit 4");
        assertEquals(MessageClass.CLASS_0, DataCodingScheme.decode(0x10).messageClass());
        DataCodingScheme simData = DataCodingScheme.decode(0x16);
        assertEquals(MessageClass.CLASS_2, simData.messageClass());
        assertEquals(Alphabet.DATA_8BIT, simData.alphabet());
        assertFalse(simData.isText());
    }

    @Test
    void compressedAndAutoDeletionBitsAreReported() {
        DataCodingScheme compressed = DataCodingScheme.decode(0x20);
        assertTrue(compressed.compressed());
        assertFalse(compressed.isText());
        DataCodingScheme deletion = DataCodingScheme.decode(0x48);
        assertTrue(deletion.autoDeletion());
        assertEquals(Alphabet.UCS2, deletion.alphabet());
    }

    @Test
    void reservedCodingsAreReadAsGsm7() {
        DataCodingScheme reservedAlphabet = DataCodingScheme.decode(0x0C);
        assertTrue(reservedAlphabet.reserved());
        assertEquals(Alphabet.GSM_7BIT, reservedAlphabet.alphabet());
        DataCodingScheme reservedGroup = DataCodingScheme.decode(0x85);
        assertTrue(reservedGroup.reserved());
        assertEquals(Alphabet.GSM_7BIT, reservedGroup.alphabet());
    }

    @Test
    void messageWaitingGroupsCarrySenseTypeAndStorage() {
        assertEquals(Optional.of(new MessageWaiting(false, true, MessageWaiting.Type.VOICEMAIL)),
                DataCodingScheme.decode(0xC8).messageWaiting());
        assertEquals(Optional.of(new MessageWaiting(true, false, MessageWaiting.Type.FAX)),
                DataCodingScheme.decode(0xD1).messageWaiting());
        DataCodingScheme ucs2 = DataCodingScheme.decode(0xEA);
        assertEquals(Alphabet.UCS2, ucs2.alphabet());
        assertEquals(Optional.of(new MessageWaiting(true, true, MessageWaiting.Type.EMAIL)), ucs2.messageWaiting());
    }

    @Test
    void dataCodingMessageClassGroupAlwaysHasAClass() {
        DataCodingScheme flash = DataCodingScheme.decode(0xF0);
        assertEquals(MessageClass.CLASS_0, flash.messageClass());
        assertEquals(Alphabet.GSM_7BIT, flash.alphabet());
        DataCodingScheme ota = DataCodingScheme.decode(0xF6);
        assertEquals(MessageClass.CLASS_2, ota.messageClass());
        assertEquals(Alphabet.DATA_8BIT, ota.alphabet());
    }

    @Test
    void ofBuildsTheGeneralGroupValue() {
        assertEquals(0x00, DataCodingScheme.of(Alphabet.GSM_7BIT, MessageClass.NONE).value());
        assertEquals(0x08, DataCodingScheme.of(Alphabet.UCS2, MessageClass.NONE).value());
        assertEquals(0x10, DataCodingScheme.of(Alphabet.GSM_7BIT, MessageClass.CLASS_0).value());
        assertEquals(0x16, DataCodingScheme.of(Alphabet.DATA_8BIT, MessageClass.CLASS_2).value());
        assertEquals(0x1B, DataCodingScheme.of(Alphabet.UCS2, MessageClass.CLASS_3).value());
    }

    @Test
    void everyOctetValueDecodesToItself() {
        for (int value = 0; value < 256; value++) {
            assertEquals(value, DataCodingScheme.decode(value).value());
        }
    }
}
